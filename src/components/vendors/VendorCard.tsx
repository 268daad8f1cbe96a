import { Card, CardBlock, Heading, Link, Paragraph, Tag } from '../ds'

import type { Category, VendorSummary } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath, vendorPath } from '../../i18n/paths'
import { fallbackLang } from '../common/fallbackLang'
import { ConfirmationNote } from './ConfirmationNote'
import { FeatureTags } from './FeatureTags'

type Props = { lang: Lang; t: Dictionary; vendor: VendorSummary; categories: Category[] }

/** One vendor in the directory. The name is the card's link (the card delegates clicks to it). */
export function VendorCard({ lang, t, vendor, categories }: Props) {
  const groups = categories.filter((c) => vendor.categoryIds.includes(c.id))
  return (
    <Card data-color="neutral" className="vendor-card" data-vendor={vendor.slug}>
      <CardBlock>
        <Heading level={2} data-size="xs">
          <Link href={localePath(lang, vendorPath(vendor.slug))}>{vendor.name}</Link>
        </Heading>
        {vendor.company && vendor.company !== vendor.name ? <Paragraph data-size="sm">{vendor.company}</Paragraph> : null}
        <p className="vendor-card__meta">
          <Tag data-color="info" data-size="sm">
            {t.vendors.solutionType[vendor.solutionType]}
          </Tag>
          {groups.length ? (
            <span className="vendor-card__groups">
              {groups.map((g, i) => (
                <span key={g.id} {...fallbackLang(g, 'name')}>
                  {i ? ', ' : ''}
                  {g.name}
                </span>
              ))}
            </span>
          ) : null}
        </p>
        {vendor.shortDescription ? (
          <Paragraph data-size="sm" {...fallbackLang(vendor, 'shortDescription')}>
            {vendor.shortDescription}
          </Paragraph>
        ) : null}
        <FeatureTags t={t} features={vendor.features} />
        <ConfirmationNote lang={lang} t={t} vendor={vendor} />
      </CardBlock>
    </Card>
  )
}
