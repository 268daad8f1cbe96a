import type { CollectionAfterChangeHook } from 'payload'

import { recordAudit } from '../recordAudit'

const rolesOf = (doc: unknown): string[] => {
  const roles = (doc as { roles?: unknown } | undefined)?.roles
  return Array.isArray(roles) ? roles.map(String).sort() : []
}
const named = (roles: string[]) => (roles.length > 0 ? roles.join(', ') : '(ingen)')

/** A change of a user's roles in the audit log, with the old and the new roles (and the roles of a new user). */
export const recordRoleChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const after = rolesOf(doc)
  if (operation === 'create') {
    await recordAudit(req, { action: 'create', collection: 'users', docId: doc.id, fields: ['roles'], detail: `roles: ${named(after)}` })
    return doc
  }
  const before = rolesOf(previousDoc)
  if (before.join(',') !== after.join(',')) {
    await recordAudit(req, { action: 'role-change', collection: 'users', docId: doc.id, fields: ['roles'], detail: `${named(before)} → ${named(after)}` })
  }
  return doc
}
