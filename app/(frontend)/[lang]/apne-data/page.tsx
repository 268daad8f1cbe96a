import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { Heading, Link, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { ScrollRegion } from '@/components/common/ScrollRegion'
import { FieldTable } from '@/components/open-data/FieldTable'
import { getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, PAGE_PATHS } from '@/i18n/paths'
import { TARIFF_FIELDS, VENDOR_FIELDS } from '@/openData/fields'
import { DATA_PATHS, LICENCE } from '@/openData/response'
import { openDataTexts } from '@/openData/texts'
import { langOf, type LangParams } from '../../_lib/params'
import { pageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

// Text only, the same for everyone: a cached page like the accessibility statement.
export const revalidate = 3600

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const t = openDataTexts(lang)
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  return pageMetadata({
    lang,
    title: t.title,
    description: t.description,
    paths: alternatesOf(() => PAGE_PATHS.openData),
    siteName: frame.siteName ?? dictionary(lang).site.name,
  })
}

const Section = ({ id, heading, children }: { id: string; heading: string; children: ReactNode }) => (
  <section aria-labelledby={id}>
    <Heading level={2} data-size="md" id={id}>
      {heading}
    </Heading>
    {children}
  </section>
)

const Paragraphs = ({ texts }: { texts: readonly string[] }) => (
  <>
    {texts.map((text) => (
      <Paragraph key={text} variant="long">
        {text}
      </Paragraph>
    ))}
  </>
)

/** How to use the directory and the tariffs as open data: licence, addresses, filters, fields, how often they change. */
export default async function OpenDataPage({ params }: Props) {
  const lang = await langOf(params)
  const t = openDataTexts(lang)
  return (
    <article className="site-width article">
      <PageIntro title={t.title} lead={t.description} />
      <Section id="lisens" heading={t.licence.heading}>
        <Paragraphs texts={t.licence.paragraphs} />
        <Paragraph>
          <Link href={LICENCE.url} hrefLang="nb">
            {t.licence.link}
          </Link>
        </Paragraph>
      </Section>
      <Section id="adresser" heading={t.addresses.heading}>
        <Paragraph variant="long">{t.addresses.intro}</Paragraph>
        <ScrollRegion labelledBy="adresser-tabell">
          <Table data-size="sm">
            <caption id="adresser-tabell">{t.addresses.caption}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t.addresses.address}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.addresses.content}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(Object.keys(DATA_PATHS) as (keyof typeof DATA_PATHS)[]).map((key) => (
                <TableRow key={key}>
                  <TableHeaderCell scope="row">
                    <Link href={DATA_PATHS[key]}>
                      <code>{DATA_PATHS[key]}</code>
                    </Link>
                  </TableHeaderCell>
                  <TableCell>{t.addresses.rows[key]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      </Section>
      <Section id="innhold" heading={t.contents.heading}>
        <Paragraphs texts={t.contents.paragraphs} />
      </Section>
      <Section id="filtre" heading={t.filters.heading}>
        <Paragraph variant="long">{t.filters.intro}</Paragraph>
        <ScrollRegion labelledBy="filtre-tabell">
          <Table data-size="sm">
            <caption id="filtre-tabell">{t.filters.caption}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell scope="col">{t.filters.parameter}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.filters.values}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.filters.meaning}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {t.filters.rows.map((row) => (
                <TableRow key={row.parameter}>
                  <TableHeaderCell scope="row">
                    <code>{row.parameter}</code>
                  </TableHeaderCell>
                  <TableCell>{row.values}</TableCell>
                  <TableCell>{row.meaning}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
        <Paragraphs texts={t.filters.after} />
      </Section>
      <Section id="formater" heading={t.formats.heading}>
        <Paragraphs texts={[t.formats.json, ...t.formats.csv]} />
      </Section>
      <Section id="felt-leverandorer" heading={t.fields.vendors}>
        <FieldTable lang={lang} t={t} fields={VENDOR_FIELDS} captionId="felt-leverandorer-tabell" caption={`${t.fields.vendors} (${DATA_PATHS.vendorsJson}, ${DATA_PATHS.vendorsCsv})`} />
      </Section>
      <Section id="felt-takster" heading={t.fields.tariffs}>
        <FieldTable lang={lang} t={t} fields={TARIFF_FIELDS} captionId="felt-takster-tabell" caption={`${t.fields.tariffs} (${DATA_PATHS.tariffsJson}, ${DATA_PATHS.tariffsCsv})`} />
      </Section>
      <Section id="endringer" heading={t.changes.heading}>
        <Paragraphs texts={t.changes.paragraphs} />
      </Section>
    </article>
  )
}
