import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../access/organisation'

/**
 * A vendor organisation's name, read by the server (the asker may not read every organisation), or null when the
 * owner is missing or gone: what the invitation and review e-mails call the organisation. Pass `req` to read in
 * its transaction.
 */
export async function organisationName(payload: Payload, owner: unknown, req?: PayloadRequest): Promise<string | null> {
  const id = idOf(owner as never)
  if (id === undefined) return null
  const organisation = await payload.findByID({ collection: 'vendor-organisations', id, depth: 0, overrideAccess: true, disableErrors: true, ...(req ? { req } : {}) })
  return organisation && typeof organisation.name === 'string' && organisation.name ? organisation.name : null
}
