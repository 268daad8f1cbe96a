import { APIError, type PayloadRequest, type TaskConfig } from 'payload'

import { hasRole } from '../access/roles'
import { idOf } from '../access/organisation'
import { withoutAddresses } from '../mail/redact'
import { mailRetries } from '../mail/sendMailTask'
import { hashSecretToken, newSecretToken } from '../security/secretToken'
import { accountFor } from './accountFor'
import { organisationName } from '../vendors/organisationName'
import { INVITATION_PATH_PREFIX, INVITATIONS, type InvitationDoc } from './invitation'
import { ACCOUNT_EXISTS_MAIL, INVITATION_DAYS, INVITATION_MAIL } from './texts'

export const INVITATION_MAIL_TASK = 'sendInvitationMail'

/** The job's input: the invitation only. Its address and link are read and made when the job runs. */
export type InvitationMailInput = { invitationId: string }

const DAY_MS = 24 * 60 * 60 * 1000

/** Tries after the first, with the mail tasks' backoff. */
const RETRIES = 3

/** Who the mail says invited: a vendor colleague by name; staff as "the editors" (their names stay inside). */
async function inviterOf(req: PayloadRequest, invitedBy: unknown): Promise<string | null> {
  const id = idOf(invitedBy as never)
  if (id === undefined) return null
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return user && hasRole(user, 'vendor') && typeof user.name === 'string' ? user.name : null
}

/**
 * The job that sends an invitation (queued when it is made): it makes a fresh token, stores only its SHA-256
 * and an expiry 14 days ahead, and mails the link through Payload's mail adapter. Why here and not at
 * create: the token then never sits in the job queue, which staff read, and a retry after a failed send
 * makes a new token, so only the mailed one works. A withdrawn or accepted invitation gets nothing.
 */
export const sendInvitationMailTask: TaskConfig<{ input: InvitationMailInput; output: { sent: boolean } }> = {
  slug: INVITATION_MAIL_TASK,
  label: 'Send invitasjon',
  inputSchema: [{ name: 'invitationId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { ...mailRetries(), attempts: RETRIES },
  handler: async ({ input, job, req }) => {
    const invitation = (await req.payload.findByID({ collection: INVITATIONS, id: input.invitationId, depth: 0, overrideAccess: true, disableErrors: true, req })) as InvitationDoc | null
    const organisation = invitation && !invitation.acceptedAt ? await organisationName(req.payload, invitation.owner, req) : null
    if (!invitation || organisation === null) {
      req.payload.logger.info({ jobId: job.id, invitation: input.invitationId }, `${INVITATION_MAIL_TASK} job ${job.id}: not sent, the invitation is withdrawn, accepted or its organisation gone`)
      return { output: { sent: false } }
    }
    const until = new Date(Date.now() + INVITATION_DAYS * DAY_MS)
    const site = req.payload.config.serverURL
    const inviter = await inviterOf(req, invitation.invitedBy)
    // A vendor's invitation to an address with an account (staff are refused at create): no link, a notice.
    const hasAccount = (await accountFor(req.payload, invitation.email, req)) !== null
    const token = hasAccount ? null : newSecretToken()
    await req.payload.update({ collection: INVITATIONS, id: invitation.id, data: { tokenHash: token ? hashSecretToken(token) : null, expiresAt: until.toISOString() } as never, depth: 0, overrideAccess: true, req })
    const subject = INVITATION_MAIL.subject(organisation)
    const text = token
      ? INVITATION_MAIL.text({ organisation, inviter, until, link: `${site}${INVITATION_PATH_PREFIX}${token}`, linkEn: `${site}/en${INVITATION_PATH_PREFIX}${token}` })
      : ACCOUNT_EXISTS_MAIL.text({ organisation, inviter, login: `${site}/admin/login`, forgot: `${site}/admin/forgot` })
    try {
      await req.payload.sendEmail({ to: invitation.email, subject, text })
    } catch (error) {
      const attempt = (job.totalTried ?? 0) + 1
      req.payload.logger.error({ err: error, jobId: job.id, attempt }, `${INVITATION_MAIL_TASK} job ${job.id}: invitation ${invitation.id} not sent (attempt ${attempt} of ${RETRIES + 1})`)
      // The job's stored error is read by staff: an SMTP refusal that names the address must not be.
      throw new APIError(withoutAddresses(error instanceof Error ? error.message : String(error)), 502)
    }
    return { output: { sent: true } }
  },
}
