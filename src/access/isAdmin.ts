import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Passes administrators only. Used for field-level access (roles) and admin-only actions. */
export const isAdmin = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean => hasRole(req.user, 'admin')

/** Field-level form of `isAdmin`: only admins may set or change the field. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
