import type { User } from '../../payload-types'

import { actorOf } from '../access/roles'
import type { PreviewableCollection } from '../preview/documentPath'
import { linkOfCookie } from '../preview/shareLinks'
import type { DocId } from './ids'
import { payloadClient } from './payload'

/**
 * Who is reading, for every read in src/content:
 * - `anonymous`: the public; published content only, from Next's cache. Also anyone in draft mode without a
 *   valid session.
 * - `staff` (editor, admin) and `vendor`, both in draft mode only: uncached reads as that user, with drafts.
 *   What each may see is Payload's access rules (`overrideAccess: false` with the user), never the page's.
 * - `shared`: someone holding a valid share link (/delt/<token>), in draft mode without a session: the
 *   link's one document as its newest draft, everything else as the public; uncached. The read rules admit
 *   that one document through the request's context (src/access/sharedPreview.ts), nothing else.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'staff' | 'vendor'; user: User }
  | { kind: 'shared'; link: SharedLink }

/** A share link as its reader's viewer knows it: which link, which document, until when. */
export type SharedLink = { id: DocId; collection: PreviewableCollection; docId: DocId; expiresAt: string }

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' })

/** The viewer a signed-in user is in draft mode; a user with no known role reads as the public (fail closed). */
export function viewerOf(user: User | null | undefined): Viewer {
  if (!user) return ANONYMOUS
  switch (actorOf({ user: user as never })) {
    case 'admin':
    case 'editor':
      return { kind: 'staff', user }
    case 'vendor':
      return { kind: 'vendor', user }
    default:
      return ANONYMOUS
  }
}

/** The signed-in user of a request, as Payload checks its session (cookie or JWT); null without a valid one. */
export async function userFromHeaders(headers: Headers): Promise<User | null> {
  const payload = await payloadClient()
  try {
    const { user } = await payload.auth({ headers })
    return (user as User | null) ?? null
  } catch (err) {
    payload.logger.error({ err }, 'could not check a session; treating the request as the public')
    return null
  }
}

/** The viewer of a request in draft mode: its Payload session's user; without a valid session, the public. */
export async function viewerFromHeaders(headers: Headers): Promise<Viewer> {
  return viewerOf(await userFromHeaders(headers))
}

/**
 * The viewer of a share link's cookie (/delt/<token> sets it): the link's one document as its newest draft,
 * while the link is usable (signature, then revoked, expired, published since: checked on every request);
 * otherwise the public.
 */
export async function sharedViewerFromCookie(value: string | undefined): Promise<Viewer> {
  const payload = await payloadClient()
  try {
    const link = await linkOfCookie(payload, value)
    return link ? { kind: 'shared', link: { id: link.id, collection: link.collection, docId: link.docId, expiresAt: link.expiresAt } } : ANONYMOUS
  } catch (err) {
    payload.logger.error({ err }, 'could not check a share link; treating the request as the public')
    return ANONYMOUS
  }
}
