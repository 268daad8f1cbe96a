import type { Message } from '../validation/messages'

/** The most documents one page of a list gives the public (anonymous readers and vendors). */
export const PUBLIC_LIST_MAX = 100

/** Payload's own page size when a list asks for none. */
export const DEFAULT_LIST_SIZE = 10

const messages = {
  limit: (value: string): Message => ({
    nb: `Ugyldig limit «${value}»: oppgi et helt tall fra og med 0 (0 gir så mange som tillatt, høyst ${PUBLIC_LIST_MAX} per side for offentlige lister).`,
    en: `Invalid limit "${value}": give a whole number, 0 or more (0 gives as many as allowed, at most ${PUBLIC_LIST_MAX} a page for public lists).`,
  }),
  page: (value: string): Message => ({
    nb: `Ugyldig page «${value}»: oppgi et helt tall fra og med 1.`,
    en: `Invalid page "${value}": give a whole number, 1 or more.`,
  }),
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/**
 * What is wrong with a list's `limit` or `page` as the client sent it, or null. Payload turns numeric query
 * strings into numbers and leaves anything else (`abc`) a string, which it would then treat as "no limit".
 */
export function listArgProblem(name: 'limit' | 'page', value: unknown): Message | null {
  if (value === undefined || value === null) return null
  const min = name === 'limit' ? 0 : 1
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return null
  return messages[name](shown(value))
}

/**
 * The page size the public gets: at most PUBLIC_LIST_MAX, also for `limit=0` and `pagination=false`,
 * which otherwise mean "everything".
 */
export function publicPage(limit: number | undefined, pagination: boolean | undefined): { limit?: number; pagination?: true } {
  if (limit === undefined && pagination !== false) return {}
  const size = limit === undefined || limit === 0 ? PUBLIC_LIST_MAX : Math.min(limit, PUBLIC_LIST_MAX)
  return { limit: size, pagination: true }
}
