import { parseVendorFilter } from '@/components/vendors/filters'
import { VendorDirectory } from '@/components/vendors/VendorDirectory'
import { getCategories, getSiteFrame, getVendors } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import type { Lang } from '@/i18n/langs'
import { viewerFromRequest } from './viewer'

/** The vendor directory of one language with the filter a query asks for (unknown values are ignored). */
export async function directoryPage(lang: Lang, query: Record<string, string>) {
  const viewer = await viewerFromRequest()
  const [categories, vendors, frame] = await Promise.all([getCategories(viewer, lang), getVendors(viewer, lang), getSiteFrame(viewer, lang)])
  return (
    <VendorDirectory
      lang={lang}
      t={dictionary(lang)}
      categories={categories}
      vendors={vendors}
      disclaimers={frame.disclaimers}
      filter={parseVendorFilter(query, categories)}
    />
  )
}
