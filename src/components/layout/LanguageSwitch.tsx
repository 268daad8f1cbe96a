'use client'

import { Link } from '../ds'
import { useParams, usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { LANG_NAME, LANGS, LANG_TAG, type Lang } from '../../i18n/langs'
import { decodeSegment, translatePath, type SlugMap } from '../../i18n/paths'

type Props = { lang: Lang; label: string; slugs: SlugMap }

/**
 * Links to the same page in the other languages. It runs on the client only to know the current address
 * (the layout around every page cannot); the links are in the server HTML, so they work without JavaScript.
 */
export function LanguageSwitch(props: Props) {
  return (
    <nav aria-label={props.label} className="language-switch">
      <Suspense fallback={<LinksFromRoute {...props} />}>
        <LinksWithQuery {...props} />
      </Suspense>
    </nav>
  )
}

/**
 * What the server HTML carries. A cached page is rendered without the query, but a filtered directory's
 * query is in its route (proxy.ts rewrites `?gruppe=...` to leverandorer-utvalg/[filter]), so the links keep
 * the filter without JavaScript too.
 */
function LinksFromRoute(props: Props) {
  const filter = useParams<{ filter?: string }>()?.filter
  return <Links {...props} search={typeof filter === 'string' ? decodeSegment(filter) : ''} />
}

function LinksWithQuery(props: Props) {
  const search = useSearchParams()
  return <Links {...props} search={search.toString()} />
}

function Links({ lang, slugs, search }: Props & { search: string }) {
  const pathname = usePathname() ?? '/'
  return (
    <ul>
      {LANGS.map((to) => (
        <li key={to}>
          <Link
            href={translatePath(pathname, search, to, slugs)}
            hrefLang={LANG_TAG[to]}
            lang={LANG_TAG[to]}
            aria-current={to === lang ? 'true' : undefined}
          >
            {LANG_NAME[to]}
          </Link>
        </li>
      ))}
    </ul>
  )
}
