import type { NavLink, SiteFrame } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { isSitePath, localePath, PAGE_PATHS } from '../../i18n/paths'

/** Editors' links point at bokmål paths ("/takster"); in nynorsk and English they get the language prefix. */
function localise(lang: Lang, links: NavLink[]): NavLink[] {
  return links.map((l) => ({ ...l, href: isSitePath(l.href) ? localePath(lang, l.href) : l.href }))
}

/** The main menu from the navigation global, or the built-in one while the global is empty; search is always there. */
export function mainMenu(lang: Lang, t: Dictionary, frame: SiteFrame): NavLink[] {
  const base = frame.mainMenu.length
    ? frame.mainMenu
    : [
        { label: t.menu.guide, href: PAGE_PATHS.guide },
        { label: t.menu.vendors, href: PAGE_PATHS.vendors },
        { label: t.menu.tariffs, href: PAGE_PATHS.tariffs },
        { label: t.menu.research, href: PAGE_PATHS.research },
      ]
  const withSearch = base.some((l) => l.href === PAGE_PATHS.search) ? base : [...base, { label: t.menu.search, href: PAGE_PATHS.search }]
  return localise(lang, withSearch)
}

/** The footer links; the accessibility statement is always among them. */
export function footerLinks(lang: Lang, t: Dictionary, frame: SiteFrame): NavLink[] {
  const links = frame.footerLinks.some((l) => l.href === PAGE_PATHS.accessibility)
    ? frame.footerLinks
    : [...frame.footerLinks, { label: t.menu.accessibility, href: PAGE_PATHS.accessibility }]
  return localise(lang, links)
}
