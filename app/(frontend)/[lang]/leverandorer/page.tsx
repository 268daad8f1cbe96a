import { Alert, Paragraph } from '@/components/ds'

import { Disclaimers } from '@/components/common/Disclaimers'
import { PageIntro } from '@/components/common/PageIntro'
import { applyVendorFilter, parseVendorFilter } from '@/components/vendors/filters'
import { VendorCard } from '@/components/vendors/VendorCard'
import { VendorFilters } from '@/components/vendors/VendorFilters'
import { getCategories, getSiteFrame, getVendors } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { localePath, PAGE_PATHS } from '@/i18n/paths'
import { langOf, type LangParams, type SearchParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'

// Reads searchParams, so it renders per request; its data still comes from the cached reads.
export const dynamic = 'force-dynamic'

type Props = { params: LangParams; searchParams: SearchParams }

// Filtered views share the unfiltered page's canonical address.
export const generateMetadata = fixedPageMetadata('vendors')

/**
 * The directory. The filters come from the address, so this page renders per request, but it does no
 * database work: it filters the cached list of published vendors in memory.
 */
export default async function VendorsPage({ params, searchParams }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const [categories, vendors, frame, query] = await Promise.all([getCategories(lang), getVendors(lang), getSiteFrame(lang), searchParams])
  const filter = parseVendorFilter(query, categories)
  const shown = applyVendorFilter(vendors, filter)
  return (
    <div className="site-width">
      <PageIntro title={t.vendors.title} lead={t.vendors.intro} />
      <VendorFilters t={t} action={localePath(lang, PAGE_PATHS.vendors)} categories={categories} filter={filter} />
      <Paragraph role="status" className="result-count" data-size="lg">
        <strong>{t.vendors.count(shown.length)}</strong>
      </Paragraph>
      {shown.length ? (
        <ul className="vendor-grid" aria-label={t.vendors.title}>
          {shown.map((vendor) => (
            <li key={vendor.id}>
              <VendorCard lang={lang} t={t} vendor={vendor} categories={categories} />
            </li>
          ))}
        </ul>
      ) : (
        <Alert data-color="info">
          <Paragraph>{t.vendors.none}</Paragraph>
        </Alert>
      )}
      <Disclaimers heading={t.site.disclaimers} texts={frame.disclaimers} />
    </div>
  )
}
