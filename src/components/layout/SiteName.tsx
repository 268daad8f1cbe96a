/** The site's name with its mark, linking to the front page of a language. */
export function SiteName({ href, name, nameLang }: { href: string; name: string; nameLang?: 'nb' }) {
  return (
    <a className="site-header__name" href={href}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28">
        <rect x="2" y="5" width="14" height="14" rx="3" fill="currentColor" />
        <path d="M17 10l5-3v10l-5-3z" fill="currentColor" />
      </svg>
      <span lang={nameLang}>{name}</span>
    </a>
  )
}
