import { SkipLink } from '../ds'

import type { NavLink, SlugMap } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath } from '../../i18n/paths'
import { LanguageSwitch } from './LanguageSwitch'
import { MainMenu } from './MainMenu'

type Props = { lang: Lang; t: Dictionary; siteName: string; menu: NavLink[]; slugs: SlugMap }

/** Skip link, site name, language switch and main menu. */
export function SiteHeader({ lang, t, siteName, menu, slugs }: Props) {
  return (
    <header className="site-header">
      <SkipLink href="#main">{t.site.skipToContent}</SkipLink>
      <div className="site-header__bar site-width">
        <a className="site-header__name" href={localePath(lang, '/')}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28">
            <rect x="2" y="5" width="14" height="14" rx="3" fill="currentColor" />
            <path d="M17 10l5-3v10l-5-3z" fill="currentColor" />
          </svg>
          <span>{siteName}</span>
        </a>
        <LanguageSwitch lang={lang} label={t.site.languageSwitch} slugs={slugs} />
      </div>
      <div className="site-header__menu site-width">
        <MainMenu label={t.site.mainMenu} links={menu} />
      </div>
    </header>
  )
}
