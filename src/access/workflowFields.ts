import type { FieldAccess } from 'payload'

import { isAdminField } from './isAdmin'
import { isStaffField } from './isStaff'

/**
 * Access of the review workflow's fields (src/workflow/fields.ts). Not role rows of the field matrix: the
 * state, who changed the content and the mark for review afterwards are written by the server alone (its
 * hooks and POST /api/workflow/transition, with access checks off), never by any client, whatever its role.
 */
export const serverOnlyWrite: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** Staff read who changed a document and whether it awaits a review afterwards; the public and vendors do not. */
export const staffRead: { read: FieldAccess } = { read: isStaffField }

/** Only an admin gives the reason for a force publish; staff read it. */
export const adminWriteStaffRead: Record<'read' | 'create' | 'update', FieldAccess> = { read: isStaffField, create: isAdminField, update: isAdminField }

/** The change note and the minor-change mark: staff read them; whoever may save the document writes them. */
export const staffReadNote: { read: FieldAccess } = { read: isStaffField }
