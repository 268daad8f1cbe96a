import { Heading, Link, Paragraph } from '../ds'
import { SearchForm } from '../search/SearchForm'

import { dictionary } from '../../i18n/dictionary'
import { DEFAULT_LANG, LANGS, type Lang } from '../../i18n/langs'
import { localePath, PAGE_PATHS } from '../../i18n/paths'

type Props = { lang: Lang; level: 1 | 2 }

/** The 404 help in one language: what happened, a search form, and the main pages. */
export function NotFoundSection({ lang, level }: Props) {
  const t = dictionary(lang)
  const links = [
    { label: t.menu.guide, href: localePath(lang, PAGE_PATHS.guide) },
    { label: t.menu.vendors, href: localePath(lang, PAGE_PATHS.vendors) },
    { label: t.menu.tariffs, href: localePath(lang, PAGE_PATHS.tariffs) },
    { label: t.menu.research, href: localePath(lang, PAGE_PATHS.research) },
  ]
  return (
    <section className="not-found" lang={lang} aria-labelledby={`notfound-${lang}`}>
      <Heading level={level} data-size={level === 1 ? 'xl' : 'md'} id={`notfound-${lang}`}>
        {t.notFound.title}
      </Heading>
      <Paragraph data-size={level === 1 ? 'lg' : undefined}>{t.notFound.text}</Paragraph>
      <Paragraph>{t.notFound.searchHint}</Paragraph>
      <SearchForm id={`notfound-${lang}`} action={localePath(lang, PAGE_PATHS.search)} label={t.search.label} button={t.search.button} />
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The 404 in all three languages, bokmål first. The 404 cannot know the address's language: Next gives
 * neither the global 404 nor a not-found boundary any route parameters.
 */
export function NotFoundSections() {
  return (
    <div className="site-width not-found-page">
      {LANGS.map((lang) => (
        <NotFoundSection key={lang} lang={lang} level={lang === DEFAULT_LANG ? 1 : 2} />
      ))}
    </div>
  )
}
