import { NotFoundBody, type NotFoundTexts } from '@/components/notfound/NotFoundBody'
import { dictionary } from '@/i18n/dictionary'
import { LANGS, type Lang } from '@/i18n/langs'
import { localePath, PAGE_PATHS } from '@/i18n/paths'

function textsFor(lang: Lang): NotFoundTexts {
  const t = dictionary(lang)
  const link = (label: string, path: string) => ({ label, href: localePath(lang, path) })
  return {
    ...t.notFound,
    searchLabel: t.search.label,
    searchButton: t.search.button,
    searchAction: localePath(lang, PAGE_PATHS.search),
    links: [
      link(t.menu.guide, PAGE_PATHS.guide),
      link(t.menu.vendors, PAGE_PATHS.vendors),
      link(t.menu.tariffs, PAGE_PATHS.tariffs),
      link(t.menu.research, PAGE_PATHS.research),
    ],
  }
}

/** A 404 that helps: a search form and the main pages, in the language of the address. */
export default function NotFound() {
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, textsFor(lang)])) as Record<Lang, NotFoundTexts>
  return (
    <div className="site-width">
      <NotFoundBody texts={texts} />
    </div>
  )
}
