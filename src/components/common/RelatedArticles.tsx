import { Heading, Link, Paragraph } from '../ds'

import type { ArticleSummary } from '../../content/types'
import type { Lang } from '../../i18n/langs'
import { articlePath, localePath, PAGE_PATHS } from '../../i18n/paths'
import { fallbackLang } from './fallbackLang'

type Props = { lang: Lang; heading: string; articles: (ArticleSummary & { isGuide?: boolean })[] }

export function RelatedArticles({ lang, heading, articles }: Props) {
  if (!articles.length) return null
  return (
    <section aria-labelledby="relaterte-heading" className="related">
      <Heading level={2} data-size="sm" id="relaterte-heading">
        {heading}
      </Heading>
      <ul className="link-list">
        {articles.map((a) => (
          <li key={a.id}>
            <Link href={localePath(lang, a.isGuide ? PAGE_PATHS.guide : articlePath(a.slug))} {...fallbackLang(a, 'title')}>
              {a.title}
            </Link>
            {a.lead ? (
              <Paragraph data-size="sm" {...fallbackLang(a, 'lead')}>
                {a.lead}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
