import { decodeSegment } from '@/i18n/paths'

import { directoryPage } from '../../../_lib/directory'
import { langOf } from '../../../_lib/params'
import { fixedPageMetadata } from '../../../_lib/seo'

// One cached page per filter combination. The address readers use is `/leverandorer?gruppe=...`; proxy.ts
// rewrites it here with the query in canonical form (canonicalFilterQuery), so a shared link, the GET form
// without JavaScript and the enhanced form all land on the same cached page. Revalidated by the same tags
// as the directory.
export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ lang: string; filter: string }> }

// Filtered views share the directory's canonical address.
export const generateMetadata = fixedPageMetadata('vendors')

export default async function FilteredVendorsPage({ params }: Props) {
  const lang = await langOf(params)
  const { filter } = await params
  // A group that does not exist is ignored, as every unknown value is (no redirect: Next 16.4 sends a
  // redirect from a cached page with its Location header twice).
  return directoryPage(lang, Object.fromEntries(new URLSearchParams(decodeSegment(filter))))
}
