import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const LOGIN_ATTEMPT = Symbol.for('videoveileder.audit.loginAttempt')
type WithAttempt = { [LOGIN_ATTEMPT]?: string }

/**
 * Keeps the e-mail a login tries on the request, so a failed login can be recorded with it (the error hook
 * that sees the failure is not told what was sent). Only the e-mail: never the password.
 */
export const noteLoginAttempt: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'login') {
    const data = (args?.data ?? {}) as { email?: unknown; username?: unknown }
    const tried = typeof data.email === 'string' ? data.email : typeof data.username === 'string' ? data.username : ''
    ;(req.context as WithAttempt)[LOGIN_ATTEMPT] = tried.trim().toLowerCase().slice(0, 254) || '(tom)'
  }
  return args
}

/** The e-mail the request's login tried, if it tried one. */
export function loginAttemptOf(req: PayloadRequest): string | undefined {
  return (req.context as WithAttempt | undefined)?.[LOGIN_ATTEMPT]
}
