import { AuthenticationError, LockedAuth, type AfterErrorHook } from 'payload'

import { recordAudit } from '../recordAudit'
import { loginAttemptOf } from './noteLoginAttempt'

/**
 * A refused login (wrong e-mail or password, or a locked account) in the audit log, with the e-mail tried
 * as the actor; over REST and GraphQL alike (Payload runs the config's afterError hooks for both). The login
 * ran outside a transaction, so the entry stays.
 */
export const recordFailedLogin: AfterErrorHook = async ({ error, req }) => {
  const tried = loginAttemptOf(req)
  if (tried === undefined) return
  const cause = (error as { originalError?: unknown }).originalError ?? error
  if (!(cause instanceof AuthenticationError) && !(cause instanceof LockedAuth)) return
  try {
    await recordAudit(req, {
      action: 'login-failed',
      collection: 'users',
      actor: null,
      actorLabel: tried,
      detail: cause instanceof LockedAuth ? 'locked' : 'wrong e-mail or password',
    })
  } catch (failure) {
    req.payload.logger.error({ err: failure, tried }, 'failed login not recorded in the audit log')
  }
}
