import type { CollectionBeforeChangeHook } from 'payload'

import { credentialChangesOf } from '../credentialChanges'

/**
 * Records who last changed a user's e-mail or password, and when, on the user (`credentialsChangedBy`,
 * `credentialsChangedAt`) and in the log. A small stand-in until the audit log (issues 10/11) records
 * every change; an admin changing another user's credentials is the case that matters most. A collection
 * `beforeChange` hook runs after field access (applied in the fields' beforeValidate), so `neverWritten` drops
 * what a client sends for those two fields but not what this hook sets.
 */
export const recordCredentialChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const change = credentialChangesOf(data, originalDoc)
  if (!change.email && !change.password) return data
  const fields = (['email', 'password'] as const).filter((name) => change[name])
  req.payload.logger.info({
    msg: 'User credentials changed',
    actor: req.user.id,
    target: originalDoc.id,
    byOther: String(req.user.id) !== String(originalDoc.id),
    fields,
  })
  return { ...data, credentialsChangedBy: req.user.id, credentialsChangedAt: new Date().toISOString() }
}
