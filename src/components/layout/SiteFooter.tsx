import { Link, Paragraph } from '../ds'

import type { NavLink } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'

type Props = { t: Dictionary; text: string; links: NavLink[] }

export function SiteFooter({ t, text, links }: Props) {
  return (
    <footer className="site-footer">
      <div className="site-width">
        <Paragraph data-size="sm">{text}</Paragraph>
        <nav aria-label={t.site.footerMenu}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
