import { parseVendorFilter } from '@/components/vendors/filters'
import { VendorDirectory } from '@/components/vendors/VendorDirectory'
import { getCategories, getSiteFrame, getVendors } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { langOf, type LangParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'

// Served from Next's cache like the guide. A filtered address (`?gruppe=...`) never reaches this page:
// proxy.ts sends it to the cached page of its filter (../leverandorer-utvalg/[filter]).
export const revalidate = 3600

type Props = { params: LangParams }

export const generateMetadata = fixedPageMetadata('vendors')

/** The directory, unfiltered. */
export default async function VendorsPage({ params }: Props) {
  const lang = await langOf(params)
  const [categories, vendors, frame] = await Promise.all([getCategories(lang), getVendors(lang), getSiteFrame(lang)])
  return (
    <VendorDirectory
      lang={lang}
      t={dictionary(lang)}
      categories={categories}
      vendors={vendors}
      disclaimers={frame.disclaimers}
      filter={parseVendorFilter({}, categories)}
    />
  )
}
