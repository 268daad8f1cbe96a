import { directoryPage } from '../../_lib/directory'
import { langOf, type LangParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'

// Served from Next's cache like the guide. A filtered address (`?gruppe=...`) never reaches this page:
// proxy.ts sends it to the cached page of its filter (../leverandorer-utvalg/[filter]).
export const revalidate = 3600

type Props = { params: LangParams }

export const generateMetadata = fixedPageMetadata('vendors')

/** The directory, unfiltered. */
export default async function VendorsPage({ params }: Props) {
  return directoryPage(await langOf(params), {})
}
