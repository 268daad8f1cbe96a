import type { PayloadRequest } from 'payload'

import { idOf } from '../access/organisation'
import { vendorPath } from '../i18n/paths'
import { queueMail } from '../mail/queueMail'
import { organisationName } from '../vendors/organisationName'
import { vendorStepMail, type VendorStep } from './notifyTexts'

export type { VendorStep } from './notifyTexts'

type Entry = { id: number | string; name?: unknown; slug?: unknown; owner?: unknown }
type UserRow = { email?: unknown }

const addressesOf = (docs: unknown[]): string[] => [
  ...new Set((docs as UserRow[]).map((u) => (typeof u.email === 'string' ? u.email.trim() : '')).filter(Boolean)),
]

/** Who hears of a submitted entry: the site setting `vendorReviewEmail`, or every editor when it is empty. */
async function reviewersOf(req: PayloadRequest): Promise<string[]> {
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })) as { vendorReviewEmail?: string | null }
  if (settings.vendorReviewEmail?.trim()) return [settings.vendorReviewEmail.trim()]
  const { docs } = await req.payload.find({ collection: 'users', where: { roles: { in: ['editor'] } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  return addressesOf(docs)
}

/** Every member of the organisation that owns the entry (users whose `organisation` is it). */
async function membersOf(req: PayloadRequest, owner: number | string | undefined): Promise<string[]> {
  if (owner === undefined) return []
  const { docs } = await req.payload.find({ collection: 'users', where: { organisation: { equals: owner } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  return addressesOf(docs)
}


/**
 * Queues the e-mails of one step of a vendor entry's review in `req`'s transaction (none if the step is rolled
 * back): a submitted entry to the editors, a decision (changes requested, rejected, approved) to every member
 * of the owning organisation with the comment; one mail per recipient, so members never see each other's
 * addresses and no other organisation hears of it. A step with nobody to tell is logged. Returns how many.
 */
export async function notifyVendorStep(req: PayloadRequest, step: VendorStep, entry: Entry, comment: string): Promise<number> {
  const owner = idOf(entry.owner as never)
  const to = step === 'submitted' ? await reviewersOf(req) : await membersOf(req, owner)
  if (to.length === 0) {
    req.payload.logger.warn(`[review] vendors ${entry.id}: ${step}, but nobody to tell (no ${step === 'submitted' ? 'editor or vendorReviewEmail' : 'member of the owning organisation'})`)
    return 0
  }
  const serverURL = req.payload.config.serverURL ?? ''
  const mail = vendorStepMail(step, {
    name: typeof entry.name === 'string' && entry.name ? entry.name : `#${entry.id}`,
    organisation: (await organisationName(req.payload, owner, req)) ?? 'En leverandør',
    comment: comment.trim(),
    adminUrl: `${serverURL}/admin/collections/vendors/${entry.id}`,
    publicUrl: `${serverURL}${vendorPath(typeof entry.slug === 'string' && entry.slug ? entry.slug : String(entry.id))}`,
  })
  for (const address of to) await queueMail(req, { to: address, ...mail })
  return to.length
}
