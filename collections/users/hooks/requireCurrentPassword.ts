import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { loginOperation, ValidationError } from 'payload'

import { isSelf } from '@/access/isSelfOrAdmin'
import { say, type Message } from '@/validation/messages'
import { credentialChangesOf } from '../credentialChanges'

const refuse = (req: PayloadRequest, message: Message) =>
  new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message: say(message, { req }) }] })

const MISSING: Message = {
  nb: 'Skriv inn ditt nåværende passord for å endre e-postadressen eller passordet ditt.',
  en: 'Enter your current password to change your e-mail address or password.',
}
const WRONG: Message = {
  nb: 'Nåværende passord er feil. Etter fem feil forsøk blir kontoen låst en stund.',
  en: 'The current password is wrong. After five wrong attempts the account is locked for a while.',
}

/** The session id inside a token Payload has just signed (no verification needed: it never left the server). */
function sessionIdOf(token: string | undefined): string | undefined {
  try {
    return JSON.parse(Buffer.from(token?.split('.')[1] ?? '', 'base64url').toString('utf8')).sid
  } catch {
    return undefined
  }
}

/**
 * Checks the password with Payload's own login operation, so the comparison, the lock after five wrong
 * attempts and the hash upgrade are Payload's; then removes the session that the check opened.
 */
async function verifyPassword(req: PayloadRequest, id: number | string, email: string, password: string): Promise<boolean> {
  const caller = req.user
  try {
    const { token } = await loginOperation({
      collection: req.payload.collections.users,
      data: { email, password },
      overrideAccess: true,
      req,
    })
    const sid = sessionIdOf(token)
    const user = await req.payload.db.findOne<{ id: number | string; sessions?: { id: string }[] }>({ collection: 'users', where: { id: { equals: id } }, req })
    if (sid && user?.sessions) {
      await req.payload.db.updateOne({
        collection: 'users',
        id,
        data: { sessions: user.sessions.filter((session) => session.id !== sid) },
        req,
        returning: false,
      })
    }
    return true
  } catch {
    return false
  } finally {
    req.user = caller
  }
}

/**
 * Changing one's own e-mail or password needs the current password (`currentPassword` in the body, a field
 * in the admin's account form), so a stolen token alone cannot take the account over. An admin changing
 * another user's credentials needs none (that is recorded instead); reset-password never gets here.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || !isSelf(req.user, originalDoc.id)) return data
  const change = credentialChangesOf(data, originalDoc)
  if (!change.email && !change.password) return data
  const current = (data as { currentPassword?: unknown }).currentPassword
  if (typeof current !== 'string' || current === '') throw refuse(req, MISSING)
  if (!(await verifyPassword(req, originalDoc.id, originalDoc.email, current))) throw refuse(req, WRONG)
  return data
}
