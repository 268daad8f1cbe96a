import type { User } from '../../payload-types'

import { actorOf } from '../access/roles'
import { payloadClient } from './payload'

/**
 * Who is reading, for every read in src/content:
 * - `anonymous`: the public; published content only, from Next's cache. Also anyone in draft mode without a
 *   valid session.
 * - `staff` (editor, admin) and `vendor`, both in draft mode only: uncached reads as that user, with drafts.
 *   What each may see is Payload's access rules (`overrideAccess: false` with the user), never the page's.
 */
export type Viewer = { kind: 'anonymous' } | { kind: 'staff' | 'vendor'; user: User }

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
