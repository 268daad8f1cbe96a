import { SkipLink } from '../ds'

import type { NavLink, SlugMap } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'
import { localePath } from '../../i18n/paths'
import { LanguageSwitch } from './LanguageSwitch'
import { MainMenu } from './MainMenu'
import { SiteName } from './SiteName'

type Props = { lang: Lang; t: Dictionary; siteName: string; siteNameLang?: 'nb'; menu: NavLink[]; slugs: SlugMap }

/** Skip link, site name, language switch and main menu. */
export function SiteHeader({ lang, t, siteName, siteNameLang, menu, slugs }: Props) {
  return (
    <header className="site-header">
      <SkipLink href="#main">{t.site.skipToContent}</SkipLink>
      <div className="site-header__bar site-width">
        <SiteName href={localePath(lang, '/')} name={siteName} nameLang={siteNameLang} />
        <LanguageSwitch lang={lang} label={t.site.languageSwitch} slugs={slugs} />
      </div>
      <div className="site-header__menu site-width">
        <MainMenu label={t.site.mainMenu} links={menu} />
      </div>
    </header>
  )
}
