import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { resolveOrigins } from '../config/env.mjs'
import { queueMail } from '../mail/queueMail'
import { REGISTRATION_CONTEXT } from './context'
import { ADMIN_FORGOT_PATH, ADMIN_LOGIN_PATH } from './paths'
import { ACCOUNT_EXISTS_MAIL } from './texts'
import { verificationHtml, verificationSubject } from './verificationMail'
import type { Registration } from './validate'

/**
 * `created`: a new organisation and its first member, who must verify the address before logging in.
 * `account-exists`: the address already has an account; the form answers as for `created` and the address
 * is told, or, when that account was registered but never verified, is sent its verification link again (no
 * one learns from the form whether an address has an account). `org-exists`: the organisation
 * number is taken; the registrant is told to ask a member for an invitation (who they are is never shown).
 */
export type RegisterOutcome = { kind: 'created'; organisation: number | string; user: number | string } | { kind: 'account-exists' } | { kind: 'org-exists' }

const system = { overrideAccess: true } as const

const hasFieldError = (error: unknown, path: string): boolean =>
  Boolean((error as { data?: { errors?: { path?: string }[] } })?.data?.errors?.some((e) => e.path === path))

async function organisationExists(payload: Payload, organisationNumber: string): Promise<boolean> {
  return (await payload.count({ collection: 'vendor-organisations', where: { organisationNumber: { equals: organisationNumber } }, ...system })).totalDocs > 0
}

type ExistingAccount = { name?: string | null; _verified?: boolean | null; _verificationToken?: string | null }

async function existingAccount(payload: Payload, email: string): Promise<ExistingAccount | undefined> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0, limit: 1, ...system })
  return docs[0] as ExistingAccount | undefined
}

/**
 * A registrant who lost the verification mail registers again: the same link is sent once more (straight
 * through the mail adapter like Payload's own, never through the job queue, whose inputs staff can read).
 */
async function resendVerification(payload: Payload, email: string, account: ExistingAccount & { _verificationToken: string }): Promise<void> {
  await payload.sendEmail({ to: email, subject: verificationSubject(), html: verificationHtml({ token: account._verificationToken, user: account }) })
}

/** The mail to an address that already has an account: where to log in, and how to set a new password. */
async function mailExistingAccount(payload: Payload, email: string): Promise<void> {
  const origin = resolveOrigins().serverURL
  const req = await createLocalReq({}, payload)
  await queueMail(req, { to: email, subject: ACCOUNT_EXISTS_MAIL.subject, text: ACCOUNT_EXISTS_MAIL.text(`${origin}${ADMIN_LOGIN_PATH}`, `${origin}${ADMIN_FORGOT_PATH}`) })
}

/**
 * A vendor registers itself: the organisation and its first member (role vendor) in one transaction, so a
 * failure leaves neither. The user create carries REGISTRATION_CONTEXT: it starts unverified and Payload sends
 * the verification mail (collections/users/hooks/startVerifiedUnlessRegistration.ts); a mail that cannot be
 * sent fails the registration and rolls it back. The audit records the user through its normal hooks, and
 * the organisation (whose collection has none) here, with the registrant as actor.
 */
export async function registerVendor(payload: Payload, registration: Registration): Promise<RegisterOutcome> {
  if (await organisationExists(payload, registration.organisationNumber)) return { kind: 'org-exists' }
  const account = await existingAccount(payload, registration.email)
  if (account) {
    if (account._verified === false && account._verificationToken) await resendVerification(payload, registration.email, { ...account, _verificationToken: account._verificationToken })
    else await mailExistingAccount(payload, registration.email)
    return { kind: 'account-exists' }
  }
  const req = await createLocalReq({ context: { [REGISTRATION_CONTEXT]: true } }, payload)
  const started = await initTransaction(req)
  try {
    const organisation = await payload.create({
      collection: 'vendor-organisations',
      data: { name: registration.organisationName, organisationNumber: registration.organisationNumber },
      req,
      ...system,
    })
    const user = await payload.create({
      collection: 'users',
      data: { name: registration.contactName, email: registration.email, password: registration.password, roles: ['vendor'], organisation: organisation.id },
      req,
      ...system,
    })
    // vendor-organisations has no audit hooks of its own (staff manage it); a self-registration is recorded here.
    await recordAudit(req, {
      action: 'create',
      collection: 'vendor-organisations',
      docId: organisation.id,
      actor: { id: user.id, email: user.email, collection: 'users' },
      detail: 'Registrert av leverandøren selv på /for-leverandorer/registrer.',
    })
    if (started) await commitTransaction(req)
    payload.logger.info({ msg: 'Vendor registered; verification mail sent', organisation: organisation.id, user: user.id })
    return { kind: 'created', organisation: organisation.id, user: user.id }
  } catch (error) {
    await killTransaction(req)
    // Two registrations of one number (or address) at the same moment: the database's unique index decides.
    if (hasFieldError(error, 'organisationNumber')) return { kind: 'org-exists' }
    if (hasFieldError(error, 'email')) return { kind: 'account-exists' }
    throw error
  }
}
