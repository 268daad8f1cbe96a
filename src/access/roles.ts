import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'vendor'] as const
export type Role = (typeof ROLES)[number]

/** Who is asking: a role, or `anonymous` when no one is logged in. */
export type Actor = Role | 'anonymous'

export const ROLE_LABELS: Record<Role, { nb: string; en: string }> = {
  admin: { nb: 'Administrator', en: 'Administrator' },
  editor: { nb: 'Redaktør', en: 'Editor' },
  vendor: { nb: 'Leverandør', en: 'Vendor' },
}

type MaybeUser = { roles?: unknown } | null | undefined

/** The roles a user holds; unknown values are dropped so that a malformed document grants nothing. */
export function rolesOf(user: MaybeUser): Role[] {
  const roles = user?.roles
  if (!Array.isArray(roles)) return []
  return roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string))
}

export function hasRole(user: MaybeUser, role: Role): boolean {
  return rolesOf(user).includes(role)
}

/**
 * The actor whose row of the matrix applies. A user with several roles is judged by the strongest;
 * a logged-in user with no known role is treated as anonymous (fail closed).
 */
export function actorOf(req: Pick<PayloadRequest, 'user'>): Actor {
  const roles = rolesOf(req.user)
  if (roles.includes('admin')) return 'admin'
  if (roles.includes('editor')) return 'editor'
  if (roles.includes('vendor')) return 'vendor'
  return 'anonymous'
}
