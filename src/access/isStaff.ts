import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Passes directorate staff: editors and admins. Vendors and the public do not pass. */
export const isStaff = ({ req }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
  hasRole(req.user, 'admin') || hasRole(req.user, 'editor')
