/**
 * What a reader follows: the whole guide (`site`: every major change on the site, as its change history at
 * /endringer lists them) or one article (`articles:<id>`). Stored as this key on the subscription.
 */
export type PageRef = { kind: 'site' } | { kind: 'article'; id: string }

export const SITE: PageRef = Object.freeze({ kind: 'site' })

export function pageKeyOf(ref: PageRef): string {
  return ref.kind === 'site' ? 'site' : `articles:${ref.id}`
}

/** The page a key names, or null for anything else (a form's hidden field can be changed). */
export function parsePageKey(raw: unknown): PageRef | null {
  if (raw === 'site') return SITE
  const match = typeof raw === 'string' ? /^articles:([0-9a-f]{1,24})$/i.exec(raw) : null
  return match ? { kind: 'article', id: match[1]! } : null
}
