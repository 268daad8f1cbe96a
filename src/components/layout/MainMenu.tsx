'use client'

import { Link } from '../ds'
import { usePathname } from 'next/navigation'

import { splitLang } from '../../i18n/paths'
import type { NavLink } from '../../content/types'
import { langProp } from '../common/fallbackLang'

type Props = { label: string; links: NavLink[] }

/** The main menu. A client component only so that the page you are on is marked with aria-current. */
export function MainMenu({ label, links }: Props) {
  const { path } = splitLang(usePathname() ?? '/')
  return (
    <nav aria-label={label} className="main-menu">
      <ul>
        {links.map((link) => {
          const target = splitLang(link.href.split(/[?#]/)[0] ?? '/').path
          const current = target === '/' ? path === '/' : path === target || path.startsWith(`${target}/`)
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? 'page' : undefined} {...langProp(link.lang)}>
                {link.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
