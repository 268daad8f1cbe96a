import type { Metadata } from 'next'

import { Link, Paragraph, Tag } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { cutExcerpt } from '@/components/search/excerpt'
import { SearchForm } from '@/components/search/SearchForm'
import { getSiteFrame, normaliseQuery } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, localePath, PAGE_PATHS } from '@/i18n/paths'
import { langOf, type LangParams, type SearchParams } from '../../_lib/params'
import { searchSite } from '../../_lib/search'
import { pageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

// Reads searchParams, so it renders per request; its data still comes from the cached reads.
export const dynamic = 'force-dynamic'

type Props = { params: LangParams; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  return {
    ...pageMetadata({
      lang,
      title: t.search.title,
      description: t.search.description,
      paths: alternatesOf(() => PAGE_PATHS.search),
      siteName: frame.siteName ?? t.site.name,
    }),
    // Result pages are not worth indexing; the content they point to is.
    robots: { index: false, follow: true },
  }
}

/** Search across articles, vendors, tariffs and research through the search plugin's index. */
export default async function SearchPage({ params, searchParams }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const q = normaliseQuery((await searchParams).q)
  const hits = q ? await searchSite(await viewerFromRequest(), lang, q) : []
  return (
    <div className="site-width">
      <PageIntro title={t.search.title} />
      <SearchForm action={localePath(lang, PAGE_PATHS.search)} label={t.search.label} button={t.search.button} defaultValue={q} />
      {q ? (
        <Paragraph role="status" data-size="lg">
          <strong>{hits.length ? t.search.results(hits.length, q) : t.search.none(q)}</strong>
        </Paragraph>
      ) : (
        <Paragraph>{t.search.prompt}</Paragraph>
      )}
      {hits.length ? (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.href}`} data-kind={hit.kind}>
              <Tag data-color="neutral" data-size="sm">
                {t.search.kind[hit.kind]}
              </Tag>{' '}
              <Link href={hit.href} lang={hit.titleLang}>
                {hit.title}
              </Link>
              {hit.excerpt ? (
                <Paragraph data-size="sm" lang={hit.excerptLang}>
                  {cutExcerpt(hit.excerpt)}
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
