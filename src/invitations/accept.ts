import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError, type Payload } from 'payload'

import { MIN_PASSWORD_LENGTH } from '../../collections/users/hooks/enforcePasswordLength'
import { recordAudit } from '../audit/recordAudit'
import { accountFor } from './accountFor'
import { INVITATIONS, openInvitationOf, type OpenInvitation } from './invitation'
import type { FieldProblem } from './texts'

/** The longest name (as users.name) and password accepted. */
export const MAX_NAME_LENGTH = 120
export const MAX_PASSWORD_LENGTH = 256

export type AcceptForm = { name: string; password: string }
export type FormProblems = Partial<Record<keyof AcceptForm, FieldProblem>>

export type AcceptOutcome =
  | { ok: true; userId: number | string }
  | { ok: false; refusal: 'gone' }
  | { ok: false; refusal: 'invalid'; invitation: OpenInvitation; problems: FormProblems }
  | { ok: false; refusal: 'account-exists'; invitation: OpenInvitation }

/** What is wrong with the form, field by field (nothing when it may be sent on). */
export function problemsOf({ name, password }: AcceptForm): FormProblems {
  const problems: FormProblems = {}
  if (name.trim() === '') problems.name = 'name-missing'
  else if ([...name.trim()].length > MAX_NAME_LENGTH) problems.name = 'name-long'
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.password = 'password-short'
  else if ([...password].length > MAX_PASSWORD_LENGTH) problems.password = 'password-long'
  return problems
}

const isEmailTaken = (error: unknown) => error instanceof ValidationError && error.data.errors.some((e) => e.path === 'email')

/**
 * Accepts an invitation: in one transaction, makes the vendor account (roles ['vendor'], the invitation's
 * organisation and address, verified: the link in the mail proved the address) and marks the invitation
 * accepted by it, with an audit entry. Nothing is written for a link that no longer works, for bad input,
 * or for an address that has an account by now; the invitation is read again inside the transaction, so a
 * second, simultaneous use finds it accepted.
 */
export async function acceptInvitation(payload: Payload, token: unknown, form: AcceptForm): Promise<AcceptOutcome> {
  const invitation = await openInvitationOf(payload, token)
  if (!invitation) return { ok: false, refusal: 'gone' }
  const problems = problemsOf(form)
  if (Object.keys(problems).length > 0) return { ok: false, refusal: 'invalid', invitation, problems }
  if ((await accountFor(payload, invitation.email)) !== null) return { ok: false, refusal: 'account-exists', invitation }

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const current = await openInvitationOf(payload, token, req)
    if (!current || current.id !== invitation.id) {
      await killTransaction(req)
      return { ok: false, refusal: 'gone' }
    }
    const verifies = Boolean(payload.collections.users?.config.auth?.verify)
    const user = await payload.create({
      collection: 'users',
      data: { email: current.email, password: form.password, name: form.name.trim(), roles: ['vendor'], organisation: current.owner, ...(verifies ? { _verified: true } : {}) } as never,
      disableVerificationEmail: true,
      overrideAccess: true,
      depth: 0,
      req,
    })
    await payload.update({ collection: INVITATIONS, id: current.id, data: { acceptedAt: new Date().toISOString(), acceptedBy: user.id } as never, overrideAccess: true, depth: 0, req })
    await recordAudit(req, { action: 'invitation-accepted', collection: INVITATIONS, docId: current.id, actor: { ...user, collection: 'users' }, detail: `bruker ${user.id}, organisasjon ${current.owner}` })
    await commitTransaction(req)
    return { ok: true, userId: user.id }
  } catch (error) {
    await killTransaction(req)
    if (isEmailTaken(error)) return { ok: false, refusal: 'account-exists', invitation }
    throw error
  }
}
