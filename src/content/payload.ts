import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '../../payload-types'
import { OWN_DRAFTS_CONTEXT } from '../access/ownDrafts'
import { SHARED_PREVIEW_CONTEXT } from '../access/sharedPreview'
import type { DocId } from './ids'
import { DEFAULT_LANG, type Lang } from '../i18n/langs'
import type { Viewer } from './viewer'

/**
 * The only door from the public site to the database. Every read runs with access rules on and as its viewer
 * (src/content/viewer.ts): the public's reads have no user and get published versions only; a viewer in draft
 * mode reads as its user, drafts included where Payload's rules let it. `server-only` makes any import from a
 * client component fail the build, so none of this can reach a browser bundle.
 */
export async function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/** Options every public read passes to the Local API. */
export const PUBLIC_READ = { overrideAccess: false, draft: false } as const

export type ReadOptions = { overrideAccess: false; draft: boolean; user?: User; context?: Record<string, unknown> }

/**
 * The access options of one viewer's read: the public's, or its user's with drafts. A share link's reader
 * reads as the public here (globals, groups); `findAs` adds its one document.
 */
export function readAs(viewer: Viewer): ReadOptions {
  if (viewer.kind === 'anonymous' || viewer.kind === 'shared') return PUBLIC_READ
  return { overrideAccess: false, draft: true, user: viewer.user }
}

/** The newest versions, as a viewer in draft mode may read them (see `findAs`). */
function newestAs(viewer: Exclude<Viewer, { kind: 'anonymous' }>): ReadOptions {
  if (viewer.kind === 'shared') {
    const grant = { collection: viewer.link.collection, id: viewer.link.docId }
    return { overrideAccess: false, draft: true, context: { [SHARED_PREVIEW_CONTEXT]: grant } }
  }
  return { ...readAs(viewer), context: { [OWN_DRAFTS_CONTEXT]: true } }
}

/** A read in one language; what is not translated falls back to bokmål. */
export function textIn(lang: Lang) {
  return { locale: lang, fallbackLocale: DEFAULT_LANG } as const
}

/**
 * A read of one language's own text: untranslated fields come back empty rather than silently in bokmål,
 * and the content module fills them from bokmål with a mark (fillFromBokmal).
 */
export function ownTextIn(lang: Lang) {
  return { locale: lang, fallbackLocale: false } as const
}

/**
 * The documents of one `find` as a viewer sees them. The public: one read of the published versions. In
 * draft mode, two reads as the user. With `draft: true` Payload queries the newest version of each document
 * and applies the read rule to that version, so a document whose newest version the user may not read (a
 * vendor and another organisation's entry with a draft pending) is left out, not shown as published; the
 * published read brings those back. A document in both is shown as its newest version. `order` sorts the
 * merged list as the query's `sort` would. A share link's reader gets the published versions and the newest
 * version of its one document (the read rules admit nothing else, see `newestAs`).
 */
export async function findAs<T extends { id: DocId }>(
  viewer: Viewer,
  find: (read: ReadOptions) => Promise<{ docs: T[] }>,
  order: (a: T, b: T) => number,
): Promise<T[]> {
  if (viewer.kind === 'anonymous') return (await find(PUBLIC_READ)).docs
  const [newest, published] = await Promise.all([
    find(newestAs(viewer)),
    find({ ...readAs(viewer), draft: false }),
  ])
  const seen = new Set(newest.docs.map((doc) => doc.id))
  return [...newest.docs, ...published.docs.filter((doc) => !seen.has(doc.id))].sort(order)
}

type Sortable = string | number | null | undefined

/** A comparator for `findAs`: by one value, ascending or (`desc`) descending, empty values last. */
export function by<T>(value: (doc: T) => Sortable, desc = false): (a: T, b: T) => number {
  return (a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === y) return 0
    if (x === null || x === undefined || x === '') return 1
    if (y === null || y === undefined || y === '') return -1
    const sign = desc ? -1 : 1
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nb'))
  }
}

/** No public list is longer than this, whatever a caller asks for. */
export const MAX_LIST = 500

export function clampLimit(limit: number | null | undefined, fallback = MAX_LIST): number {
  const n = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback
  return Math.min(Math.max(n, 1), MAX_LIST)
}

export { idOf, idsOf } from './ids'
