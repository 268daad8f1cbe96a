import { Link, Paragraph } from '../ds'

import type { NavLink } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { langProp } from '../common/fallbackLang'

type Props = { t: Dictionary; text: string; textLang?: 'nb'; links: NavLink[] }

export function SiteFooter({ t, text, textLang, links }: Props) {
  return (
    <footer className="site-footer">
      <div className="site-width">
        <Paragraph data-size="sm" {...langProp(textLang)}>
          {text}
        </Paragraph>
        <nav aria-label={t.site.footerMenu}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} {...langProp(link.lang)}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
