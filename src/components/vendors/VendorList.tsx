import { Link, Paragraph } from '../ds'

import type { SolutionType, VendorSummary } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath, vendorPath } from '../../i18n/paths'
import { fallbackLang } from '../common/fallbackLang'
import { ConfirmationNote } from './ConfirmationNote'
import { FeatureTags } from './FeatureTags'

type Props = { lang: Lang; t: Dictionary; vendors: VendorSummary[]; group: string; type: SolutionType }

/** The guide's list of one group's vendors of one solution type, built from vendor data. */
export function VendorList({ lang, t, vendors, group, type }: Props) {
  if (!vendors.length) {
    return (
      <Paragraph className="vendor-list vendor-list--empty" data-vendor-list={`${group}:${type}`}>
        {t.vendors.emptyList}
      </Paragraph>
    )
  }
  return (
    <ul className="vendor-list" data-vendor-list={`${group}:${type}`}>
      {vendors.map((vendor) => (
        <li key={vendor.id} data-vendor={vendor.slug}>
          <Link href={localePath(lang, vendorPath(vendor.slug))}>{vendor.name}</Link>
          {vendor.company && vendor.company !== vendor.name ? <span className="vendor-list__company"> ({vendor.company})</span> : null}
          {vendor.shortDescription ? (
            <Paragraph data-size="sm" {...fallbackLang(vendor, 'shortDescription')}>
              {vendor.shortDescription}
            </Paragraph>
          ) : null}
          <FeatureTags t={t} features={vendor.features} />
          <ConfirmationNote lang={lang} t={t} vendor={vendor} />
        </li>
      ))}
    </ul>
  )
}
