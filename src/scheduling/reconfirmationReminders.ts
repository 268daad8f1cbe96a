import type { PayloadRequest } from 'payload'

import type { Vendor } from '../../payload-types'
import { idOf } from '../access/organisation'
import { formatDate, osloDay } from '../i18n/format'
import { announceContentChange } from '../invalidation/index.mjs'
import { queueMail } from '../mail/queueMail'
import { confirmationOf, reconfirmMonthsOf, type Confirmation } from '../vendors/confirmation'

type Id = number | string
type Entry = Pick<Vendor, 'id' | 'name' | 'owner' | 'attestations'>
type Due = { entry: Entry; confirmation: Confirmation & { confirmedAt: string; dueAt: string } }

/** Remembers (payload-kv) that the members were asked to confirm one entry for one due date. */
export const reconfirmReminderKey = (id: Id, dueAt: string) => `reconfirm-reminder:vendors:${id}:${osloDay(dueAt)}`

/** Remembers that the site was told an entry turned overdue for one due date (the pages show the mark). */
export const reconfirmOverdueKey = (id: Id, dueAt: string) => `reconfirm-overdue:vendors:${id}:${osloDay(dueAt)}`

/** The site setting `reconfirmMonths`, or the default. */
export async function reconfirmMonthsSetting(req: PayloadRequest): Promise<number> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req, select: { reconfirmMonths: true } })
  return reconfirmMonthsOf(settings.reconfirmMonths)
}

/** Every approved (published) vendor entry whose re-confirmation is due at `now`, oldest due date first. */
export async function overdueEntries(req: PayloadRequest, now = new Date()): Promise<Due[]> {
  const months = await reconfirmMonthsSetting(req)
  const { docs } = await req.payload.find({
    collection: 'vendors',
    where: { _status: { equals: 'published' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, owner: true, attestations: true },
  })
  return (docs as Entry[])
    .map((entry) => ({ entry, confirmation: confirmationOf(entry.attestations, months, now) }))
    .filter((due): due is Due => due.confirmation.overdue)
    .sort((a, b) => a.confirmation.dueAt.localeCompare(b.confirmation.dueAt))
}

/** The reminder's text: what happened, what to do, and that the entry is still listed. */
export function reconfirmationMail(serverURL: string, entry: Pick<Entry, 'id' | 'name'>, confirmation: Due['confirmation']) {
  const since = formatDate(confirmation.confirmedAt, 'nb')
  const sinceEn = formatDate(confirmation.confirmedAt, 'en')
  const link = `${serverURL}/admin/collections/vendors/${entry.id}`
  return {
    subject: `Bekreft opplysningene om ${entry.name}`,
    text: [
      `Opplysningene om «${entry.name}» i oversikten over videoløsninger ble sist bekreftet ${since}. Nå er det på tide å bekrefte dem på nytt.`,
      `Til du har gjort det, står oppføringen på nettstedet med merket «Ikke bekreftet siden ${since}». Den vises fortsatt.`,
      '',
      'Slik gjør du det:',
      `1. Logg inn og åpne oppføringen: ${link}`,
      '2. Stemmer opplysningene fortsatt, trykker du «Bekreft opplysningene på nytt». Har noe endret seg, retter du oppføringen og sender den inn til vurdering.',
      '',
      'Redaksjonen ser gjennom bekreftelsen. Når den er godkjent, viser nettstedet den nye datoen. Har du allerede sendt inn en bekreftelse eller en endring, trenger du ikke gjøre noe mer.',
      '',
      `(English: the information about "${entry.name}" was last confirmed on ${sinceEn} and is now due to be confirmed again; until then the site marks the entry "Not confirmed since ${sinceEn}". Log in, open the entry and press "Bekreft opplysningene på nytt" (confirm again) if it is still correct, or correct the entry and submit it for review.)`,
    ].join('\n'),
  }
}

/** The e-mail addresses of the owning organisation's members (users whose `organisation` is the owner). */
async function membersOf(req: PayloadRequest, owner: Id | undefined): Promise<string[]> {
  if (owner === undefined) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { organisation: { equals: owner } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return docs.map((user) => user.email).filter((email): email is string => typeof email === 'string' && email !== '')
}

/**
 * The re-confirmation part of the hourly reminder run: every approved entry whose attestations are due is asked
 * about once per due date, one e-mail to each member of the owning organisation (remembered in payload-kv, so
 * neither the next run nor a restart asks again; a new confirmation gets a new due date and its own reminder).
 * An entry without an owner or members is logged once: the editors see it on the dashboard. When an entry
 * turned overdue since the last run, `vendors` is announced (src/invalidation), so cached pages show the mark
 * without anyone publishing.
 */
export async function remindReconfirmations(req: PayloadRequest, now = new Date()): Promise<{ sent: number; turnedOverdue: number }> {
  const { payload } = req
  let sent = 0
  let turnedOverdue = 0
  for (const { entry, confirmation } of await overdueEntries(req, now)) {
    const overdueKey = reconfirmOverdueKey(entry.id, confirmation.dueAt)
    if (!(await payload.kv.has(overdueKey))) {
      await payload.kv.set(overdueKey, { at: now.toISOString() })
      turnedOverdue++
    }
    const key = reconfirmReminderKey(entry.id, confirmation.dueAt)
    if (await payload.kv.has(key)) continue
    const members = await membersOf(req, idOf(entry.owner as never))
    if (members.length === 0) {
      payload.logger.warn(`[reminders] vendors ${entry.id}: re-confirmation due since ${osloDay(confirmation.dueAt)}, but the entry's organisation has no members to ask`)
    }
    for (const to of members) {
      await queueMail(req, { to, ...reconfirmationMail(payload.config.serverURL, entry, confirmation) })
      sent++
    }
    await payload.kv.set(key, { members: members.length, at: now.toISOString() })
  }
  if (turnedOverdue > 0) await announceContentChange(['vendors'], payload.logger)
  return { sent, turnedOverdue }
}
