import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { actorOf } from '@/access/roles'
import { say, type Message } from '@/validation/messages'

const REFUSED: Message = {
  nb: 'Som leverandør kan du ikke endre e-postadressen din selv: den er bekreftet, og en ny adresse må også bekreftes. Be et annet medlem av organisasjonen invitere den nye adressen, eller skriv til redaksjonen.',
  en: 'As a vendor you cannot change your e-mail address yourself: it has been confirmed, and a new one must be too. Ask another member of your organisation to invite the new address, or write to the editors.',
}

/**
 * A vendor's address is what its e-mail verification proved (issue 12). Payload 3.90.1 keeps `_verified` when the
 * address changes, so a vendor could move its verified account to an address it does not own; a vendor's own
 * change of e-mail is refused (staff and administrators may change addresses as before).
 */
export const refuseVendorEmailChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || actorOf(req) !== 'vendor') return data
  const next = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : undefined
  const current = typeof originalDoc?.email === 'string' ? originalDoc.email.trim().toLowerCase() : undefined
  if (next === undefined || next === current) return data
  throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: say(REFUSED, { req }) }] })
}
