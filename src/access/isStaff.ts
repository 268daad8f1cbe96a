import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Passes directorate staff: editors and admins. Vendors and the public do not pass. */
export const isStaff = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
  hasRole(req.user, 'admin') || hasRole(req.user, 'editor')

/** Field-level form of `isStaff`: editorial notes that the public and vendors never see or set. */
export const isStaffField: FieldAccess = ({ req }) => isStaff({ req })
