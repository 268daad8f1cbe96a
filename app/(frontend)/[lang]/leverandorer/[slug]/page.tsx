import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Heading, Link, Paragraph, Tag } from '@/components/ds'

import { Disclaimers } from '@/components/common/Disclaimers'
import { fallbackLang } from '@/components/common/fallbackLang'
import { LastUpdated } from '@/components/common/LastUpdated'
import { PageIntro } from '@/components/common/PageIntro'
import { osloDay } from '@/i18n/format'
import { RichTextBody } from '@/components/richtext/RichTextBody'
import { AttestationTable } from '@/components/vendors/AttestationTable'
import { ConfirmationNote } from '@/components/vendors/ConfirmationNote'
import { FeatureTags } from '@/components/vendors/FeatureTags'
import { getArticleIndex, getCategories, getSiteFrame, getVendor } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, localePath, PAGE_PATHS, vendorPath } from '@/i18n/paths'
import { langOf, type LangParams } from '../../../_lib/params'
import { pageMetadata } from '../../../_lib/seo'
import { viewerFromRequest } from '../../../_lib/viewer'

export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ lang: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params as LangParams)
  const { slug } = await params
  const viewer = await viewerFromRequest()
  const [vendor, frame] = await Promise.all([getVendor(viewer, lang, slug), getSiteFrame(viewer, lang)])
  if (!vendor) return {}
  return pageMetadata({
    lang,
    title: vendor.name,
    description: vendor.shortDescription,
    paths: alternatesOf(() => vendorPath(vendor.slug)),
    siteName: frame.siteName ?? dictionary(lang).site.name,
  })
}

/** One vendor: description, features, attestations with the date each was confirmed, the link out. */
export default async function VendorPage({ params }: Props) {
  const lang = await langOf(params as LangParams)
  const { slug } = await params
  const viewer = await viewerFromRequest()
  const vendor = await getVendor(viewer, lang, slug)
  if (!vendor) notFound()
  const t = dictionary(lang)
  const [categories, frame, index] = await Promise.all([getCategories(viewer, lang), getSiteFrame(viewer, lang), getArticleIndex(viewer)])
  const groups = categories.filter((c) => vendor.categoryIds.includes(c.id))
  const hasFeatures = Object.values(vendor.features).some(Boolean)
  return (
    <article className="site-width vendor-page">
      <Paragraph data-size="sm">
        <Link href={localePath(lang, PAGE_PATHS.vendors)}>{t.vendor.backToList}</Link>
      </Paragraph>
      <PageIntro title={vendor.name} lead={vendor.shortDescription} leadLang={fallbackLang(vendor, 'shortDescription').lang} />
      <ConfirmationNote lang={lang} t={t} vendor={vendor} />
      <dl className="facts">
        {vendor.company ? (
          <div>
            <dt>{t.vendor.company}</dt>
            <dd>{vendor.company}</dd>
          </div>
        ) : null}
        {vendor.organisationNumber ? (
          <div>
            <dt>{t.vendor.organisationNumber}</dt>
            <dd>{vendor.organisationNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.vendor.type}</dt>
          <dd>
            <Tag data-color="info" data-size="sm">
              {t.vendors.solutionType[vendor.solutionType]}
            </Tag>
          </dd>
        </div>
        {groups.length ? (
          <div>
            <dt>{t.vendor.groups}</dt>
            <dd>
              {groups.map((g, i) => (
                <span key={g.id}>
                  {i ? ', ' : ''}
                  <Link href={`${localePath(lang, PAGE_PATHS.vendors)}?gruppe=${encodeURIComponent(g.slug)}`} {...fallbackLang(g, 'name')}>
                    {g.name}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {vendor.website ? (
        <Paragraph className="vendor-page__website">
          <Link href={vendor.website} rel="noopener">
            {t.vendor.website(vendor.name)}
          </Link>
        </Paragraph>
      ) : null}
      {vendor.description ? (
        <section aria-labelledby="om-heading">
          <Heading level={2} data-size="sm" id="om-heading">
            {t.vendor.description}
          </Heading>
          <RichTextBody
            data={vendor.description}
            ctx={{
              lang,
              t,
              today: osloDay(new Date()),
              blocks: { categories: [], vendors: [], tariffs: [], research: [] },
              articles: index.map((e) => ({ id: e.id, slug: e.slugs[lang], isGuide: e.isGuide })),
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="egenskaper-heading">
        <Heading level={2} data-size="sm" id="egenskaper-heading">
          {t.vendor.features}
        </Heading>
        {hasFeatures ? <FeatureTags t={t} features={vendor.features} /> : <Paragraph>{t.vendor.noFeatures}</Paragraph>}
      </section>
      <section aria-labelledby="bekreftelser-heading">
        <Heading level={2} data-size="sm" id="bekreftelser-heading">
          {t.vendor.attestations}
        </Heading>
        <Paragraph>{t.vendor.attestationsIntro}</Paragraph>
        <AttestationTable lang={lang} t={t} attestations={vendor.attestations} labelledBy="bekreftelser-heading" />
      </section>
      <Disclaimers heading={t.site.disclaimers} texts={frame.disclaimers} />
      <LastUpdated lang={lang} label={t.site.lastUpdated} date={vendor.updatedAt} />
    </article>
  )
}
