import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { resolveOrigins } from '../config/env.mjs'
import { REGISTRATION_CONTEXT } from './context'
import { ADMIN_FORGOT_PATH, ADMIN_LOGIN_PATH } from './paths'
import { ACCOUNT_EXISTS_MAIL } from './texts'
import { hashLikeANewAccount } from './equalEffort'
import { removeUnverified, unclaimedMembers, type UnverifiedAccount } from './unverified'
import type { Registration } from './validate'

/**
 * `created`: a new organisation and its first member, who must verify the address before logging in.
 * `account-exists`: the address already has a verified account; the form answers as for `created` and the
 * address is told (no one learns from the form whether an address has an account). `org-exists`: the
 * organisation number is taken; the registrant is told to ask a member for an invitation (who they are is
 * never shown). A registration that was never verified holds neither its address nor its number: the next
 * registrant's replaces it (./unverified.ts), so nobody is sent a link to an account someone else made.
 */
export type RegisterOutcome = { kind: 'created'; organisation: number | string; user: number | string } | { kind: 'account-exists' } | { kind: 'org-exists' }

const system = { overrideAccess: true } as const

const hasFieldError = (error: unknown, path: string): boolean =>
  Boolean((error as { data?: { errors?: { path?: string }[] } })?.data?.errors?.some((e) => e.path === path))

const REPLACED = 'Erstattet av en ny registrering på /for-leverandorer/registrer: adressen ble aldri bekreftet.'

/** What holds the organisation number: nothing, an organisation in use, or registrations never verified (to replace). */
async function numberHolder(req: PayloadRequest, organisationNumber: string): Promise<'free' | 'taken' | UnverifiedAccount[]> {
  const { docs } = await req.payload.find({ collection: 'vendor-organisations', where: { organisationNumber: { equals: organisationNumber } }, depth: 0, limit: 1, req, ...system })
  if (!docs[0]) return 'free'
  return (await unclaimedMembers(req, docs[0].id)) ?? 'taken'
}

async function existingAccount(payload: Payload, email: string): Promise<UnverifiedAccount | undefined> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0, limit: 1, ...system })
  return docs[0] as UnverifiedAccount | undefined
}

/**
 * The mail to an address that already has an account: where to log in, and how to set a new password. Sent
 * straight through the mail adapter before the answer, as the verification mail of a new account is (never
 * through the job queue, whose inputs staff can read), after hashing the password as a new account's is: the
 * two answers cost the same.
 */
async function mailExistingAccount(payload: Payload, email: string, password: string): Promise<void> {
  await hashLikeANewAccount(password)
  const origin = resolveOrigins().serverURL
  await payload.sendEmail({ to: email, subject: ACCOUNT_EXISTS_MAIL.subject, text: ACCOUNT_EXISTS_MAIL.text(`${origin}${ADMIN_LOGIN_PATH}`, `${origin}${ADMIN_FORGOT_PATH}`) })
}

/**
 * A vendor registers itself: the organisation and its first member (role vendor) in one transaction, so a
 * failure leaves neither. An unverified account on the address and an organisation held only by unverified
 * registrations are deleted in the same transaction first (with their audit entries). The user create carries
 * REGISTRATION_CONTEXT: it starts unverified with a fresh token and Payload sends the verification mail
 * (collections/users/hooks/startVerifiedUnlessRegistration.ts); a mail that cannot be sent fails the
 * registration and rolls it back. The audit records the user through its normal hooks, and the organisation
 * (whose collection has none) here, with the registrant as actor.
 */
export async function registerVendor(payload: Payload, registration: Registration): Promise<RegisterOutcome> {
  const req = await createLocalReq({ context: { [REGISTRATION_CONTEXT]: true } }, payload)
  const holder = await numberHolder(req, registration.organisationNumber)
  if (holder === 'taken') return { kind: 'org-exists' }
  const account = await existingAccount(payload, registration.email)
  if (account && account._verified !== false) {
    await mailExistingAccount(payload, registration.email, registration.password)
    return { kind: 'account-exists' }
  }
  const replaced = [...(account ? [account] : []), ...(holder === 'free' ? [] : holder.filter((member) => member.id !== account?.id))]
  const started = await initTransaction(req)
  try {
    for (const old of replaced) await removeUnverified(req, old, REPLACED)
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
    payload.logger.info({ msg: 'Vendor registered; verification mail sent', organisation: organisation.id, user: user.id, replaced: replaced.length })
    return { kind: 'created', organisation: organisation.id, user: user.id }
  } catch (error) {
    await killTransaction(req)
    // Two registrations of one number (or address) at the same moment: the database's unique index decides.
    if (hasFieldError(error, 'organisationNumber')) return { kind: 'org-exists' }
    if (hasFieldError(error, 'email')) return { kind: 'account-exists' }
    throw error
  }
}
