import { Alert, Link, Paragraph } from '../ds'

import { Disclaimers } from '../common/Disclaimers'
import { PageIntro } from '../common/PageIntro'
import type { Category, Disclaimers as DisclaimerTexts, VendorSummary } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath, PAGE_PATHS } from '../../i18n/paths'
import { openDataTexts } from '../../openData/texts'
import { applyVendorFilter, type VendorFilter } from './filters'
import { VendorCard } from './VendorCard'
import { VendorFilters } from './VendorFilters'

type Props = {
  lang: Lang
  t: Dictionary
  categories: Category[]
  vendors: VendorSummary[]
  disclaimers: DisclaimerTexts | null
  filter: VendorFilter
}

/** The directory: filter form, the count, the published vendors that match, and the disclaimers. */
export function VendorDirectory({ lang, t, categories, vendors, disclaimers, filter }: Props) {
  const shown = applyVendorFilter(vendors, filter)
  return (
    <div className="site-width">
      <PageIntro title={t.vendors.title} lead={t.vendors.intro} />
      <VendorFilters t={t} action={localePath(lang, PAGE_PATHS.vendors)} categories={categories} filter={filter} />
      <Paragraph role="status" className="result-count" data-size="lg">
        <strong>{t.vendors.count(shown.length)}</strong>
      </Paragraph>
      <div id="leverandortreff">
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
      </div>
      <Paragraph className="open-data-link">
        <Link href={localePath(lang, PAGE_PATHS.openData)}>{openDataTexts(lang).pageLink}</Link>
      </Paragraph>
      <Disclaimers heading={t.site.disclaimers} texts={disclaimers} />
    </div>
  )
}
