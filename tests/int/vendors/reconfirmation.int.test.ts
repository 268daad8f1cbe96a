import { jest } from '@jest/globals'

import type { Payload } from 'payload'

// The content module is server-only and caches the public's reads in Next's data cache, which needs a Next
// request; here the public's reads run uncached (as in tests/int/content/viewers.int.test.ts).
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))

type Id = number | string
type Actor = { id: Id; email: string; token: string }
type Content = typeof import('../../../src/content/index')
type Reminders = typeof import('../../../src/scheduling/reconfirmationReminders')

// Re-confirmation (issue 12 item 6): an approved entry's attestations stand for `reconfirmMonths`; then the
// owning organisation's members are asked (once per entry and due date), the site marks the entry and keeps it,
// editors see it on the dashboard, and a member confirms again with one request that goes to review.
let payload: Payload
let api: import('../../helpers/api').ApiClient
let content: Content
let reminders: Reminders
let capture: import('../../helpers/smtp').SmtpCapture
let receiver: import('../../helpers/receiver').Receiver
let actors: import('../../fixtures/users').RoleFixtures
let categoryId: Id
let vendorA2: Actor
let vendorB2: Actor
let unique: () => string

const system = { overrideAccess: true } as const
const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()
/** Today as an Oslo day (YYYY-MM-DD): a date the admin's day-only picker stores is noon UTC of it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date())

/** Every attestation answered (or left unknown) and confirmed on `confirmedAt`. */
function attestations(confirmedAt: string, unknown: string[] = []) {
  const keys = ['endToEndEncryption', 'participantsIdentified', 'allParticipantsVisible', 'dataProcessorAgreement', 'followsNormen']
  return Object.fromEntries(keys.map((key) => [key, unknown.includes(key) ? { status: 'unknown', confirmedAt: null } : { status: 'yes', confirmedAt }]))
}

/** An approved (published) entry of `owner`, its attestations confirmed `confirmedAt`. */
async function approved(name: string, owner: Id | undefined, confirmedAt: string, unknown: string[] = []) {
  return payload.create({
    collection: 'vendors',
    data: { name, solutionType: 'standalone', professionCategories: [categoryId], owner, attestations: attestations(confirmedAt, unknown), _status: 'published' } as never,
    ...system,
  })
}

async function member(organisation: Id, name: string): Promise<Actor> {
  const { FIXTURE_PASSWORD } = await import('../../fixtures/users')
  const email = `member-${unique()}@test.videoveileder.no`
  const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name, roles: ['vendor'], organisation } as never, ...system })
  return { id: doc.id, email, token: await api.login(email, FIXTURE_PASSWORD) }
}

/** Runs the queue (the reminder task, then the mail jobs it queued) and returns the mails that arrived. */
async function runQueue() {
  const before = capture.messages.length
  for (let round = 0; round < 5; round++) await payload.jobs.run({ silent: true })
  await new Promise((resolve) => setTimeout(resolve, 200))
  return capture.messages.slice(before)
}

/** One hour of the schedule: the hourly reminder task queued and run now, with the mails it queued. */
async function hourlyRun() {
  await payload.jobs.handleSchedules()
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'remindOverdueReviews' } }, { completedAt: { exists: false } }] }, ...system })
  expect(docs).toHaveLength(1)
  await payload.db.updateOne({ collection: 'payload-jobs', id: docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } } as never)
  return runQueue()
}

const reconfirm = async (token: string | undefined, body: unknown) => {
  const response = await api.post('/vendors/reconfirm', { body, token })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  const { startSmtpCapture, smtpEnv } = await import('../../helpers/smtp')
  const { startReceiver } = await import('../../helpers/receiver')
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  receiver = await startReceiver()
  process.env.CONTENT_CHANGES_URL = receiver.url
  const { bootPayload } = await import('../../helpers/boot')
  const { createRoleFixtures } = await import('../../fixtures/users')
  const { createCategory, unique: u } = await import('../../helpers/content')
  unique = u
  content = await import('../../../src/content/index')
  reminders = await import('../../../src/scheduling/reconfirmationReminders')
  const booted = await bootPayload()
  payload = booted.payload
  api = booted.api
  actors = await createRoleFixtures(payload, api)
  categoryId = (await createCategory(payload)).id
  vendorA2 = await member(actors.vendorA.organisation, 'Vilde Leverandør A')
  vendorB2 = await member(actors.vendorB.organisation, 'Viggo Leverandør B')
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Videoveileder', reconfirmMonths: 12, disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } } as never,
    ...system,
  })
}, 90_000)

afterAll(async () => {
  process.env.CONTENT_CHANGES_URL = 'off'
  await receiver.close()
  await capture.close()
})

describe('the public sees when the attestations were last confirmed', () => {
  it('an overdue entry is marked and stays listed; a confirmed one is not marked', async () => {
    const old = await approved(`Gammel ${unique()}`, actors.vendorA.organisation, ago(400))
    const fresh = await approved(`Fersk ${unique()}`, actors.vendorA.organisation, ago(30))
    const list = await content.getVendors(content.ANONYMOUS, 'nb')
    const oldSummary = list.find((v) => v.id === old.id)
    const freshSummary = list.find((v) => v.id === fresh.id)
    expect(oldSummary).toMatchObject({ confirmationOverdue: true })
    expect(new Date(oldSummary!.confirmedAt!).getTime()).toBeLessThan(Date.now() - 399 * DAY)
    expect(new Date(oldSummary!.confirmationDueAt!).getTime()).toBeLessThan(Date.now())
    expect(freshSummary).toMatchObject({ confirmationOverdue: false })
    expect(new Date(freshSummary!.confirmationDueAt!).getTime()).toBeGreaterThan(Date.now() + 300 * DAY)
    expect(oldSummary!.attestations.map((a) => a.status)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes'])
    const detail = await content.getVendor(content.ANONYMOUS, 'nb', old.slug as string)
    expect(detail).toMatchObject({ id: old.id, confirmationOverdue: true, confirmedAt: oldSummary!.confirmedAt })
  })

  it('the period comes from site settings: a shorter one makes a recent confirmation overdue', async () => {
    const recent = await approved(`Nylig ${unique()}`, actors.vendorA.organisation, ago(100))
    const before = (await content.getVendors(content.ANONYMOUS, 'nb')).find((v) => v.id === recent.id)
    expect(before?.confirmationOverdue).toBe(false)
    await payload.updateGlobal({ slug: 'site-settings', data: { reconfirmMonths: 3 } as never, ...system })
    try {
      const after = (await content.getVendors(content.ANONYMOUS, 'nb')).find((v) => v.id === recent.id)
      expect(after?.confirmationOverdue).toBe(true)
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { reconfirmMonths: 12 } as never, ...system })
    }
  })
})

describe('the hourly reminder', () => {
  let overdueA: { id: Id; name: string }

  beforeAll(async () => {
    overdueA = (await approved(`Forfalt A ${unique()}`, actors.vendorA.organisation, ago(370))) as never
    // Organisation B: one entry confirmed recently, and one overdue but never approved (a draft): nothing to ask.
    await approved(`I orden B ${unique()}`, actors.vendorB.organisation, ago(20))
    await payload.create({
      collection: 'vendors',
      data: { name: `Utkast B ${unique()}`, solutionType: 'standalone', professionCategories: [categoryId], owner: actors.vendorB.organisation, attestations: attestations(ago(500)) } as never,
      draft: true,
      ...system,
    })
    // The entries the describe above made are overdue too: the first run's mails are counted per entry.
    await runQueue()
  })

  it("mails every member of the owning organisation once per overdue entry; organisation B's members get nothing", async () => {
    const mails = await hourlyRun()
    const about = mails.filter((m) => m.subject.includes(overdueA.name))
    expect(about.map((m) => m.to).sort()).toEqual([[actors.vendorA.email], [vendorA2.email]].sort())
    const toB = mails.filter((m) => m.to.some((to) => to === actors.vendorB.email || to === vendorB2.email))
    expect(toB).toEqual([])
    const mail = about[0]!
    expect(mail.subject).toBe(`Bekreft opplysningene om ${overdueA.name}`)
    expect(mail.text).toContain(`Opplysningene om «${overdueA.name}»`)
    expect(mail.text).toContain('Bekreft opplysningene på nytt')
    expect(mail.text).toContain(`/admin/collections/vendors/${overdueA.id}`)
    expect(mail.text).toContain('English:')
  })

  it('the next run sends nothing again and announces nothing', async () => {
    receiver.clear()
    const again = await hourlyRun()
    expect(again.filter((m) => m.subject.includes(overdueA.name))).toEqual([])
    expect(again).toEqual([])
    expect(receiver.tags()).toEqual([])
  })

  it('an entry that turned overdue since the last run is announced (vendors), so cached pages show the mark', async () => {
    const soon = await approved(`Snart forfalt ${unique()}`, actors.vendorB.organisation, ago(20))
    await runQueue()
    receiver.clear()
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({}, payload)
    // Nothing new is overdue now: nothing announced, nothing mailed.
    expect(await reminders.remindReconfirmations(req)).toEqual({ sent: 0, turnedOverdue: 0 })
    expect(receiver.tags()).toEqual([])
    // A year on, the entry (and organisation B's other recent one) has turned overdue.
    const later = new Date(Date.now() + 360 * DAY)
    const result = await reminders.remindReconfirmations(req, later)
    expect(result.turnedOverdue).toBeGreaterThanOrEqual(1)
    expect(receiver.tags()).toEqual(['vendors'])
    const mails = await runQueue()
    expect(mails.filter((m) => m.subject.includes(soon.name as string)).map((m) => m.to).sort()).toEqual([[actors.vendorB.email], [vendorB2.email]].sort())
    receiver.clear()
    expect(await reminders.remindReconfirmations(req, later)).toEqual({ sent: 0, turnedOverdue: 0 })
    expect(receiver.tags()).toEqual([])
  })
})

describe('editors see the overdue entries', () => {
  it('the dashboard data lists approved entries overdue for re-confirmation, oldest first, with since when', async () => {
    const { overdueReconfirmations } = await import('../../../src/dashboard/reconfirmation')
    const oldest = await approved(`Eldst ${unique()}`, actors.vendorA.organisation, ago(2000))
    const fine = await approved(`Fin ${unique()}`, actors.vendorA.organisation, ago(10))
    const rows = await overdueReconfirmations({ payload, user: { ...(await payload.findByID({ collection: 'users', id: actors.editor.id, ...system })), collection: 'users' } } as never)
    expect(rows[0]).toMatchObject({ id: oldest.id, title: oldest.name, href: `/admin/collections/vendors/${oldest.id}`, inReview: false })
    expect(rows.map((r) => r.id)).not.toContain(fine.id)
    expect(new Date(rows[0]!.confirmedAt).getTime()).toBeLessThan(Date.now() - 1999 * DAY)
    expect(rows.every((r, i) => i === 0 || r.dueAt >= rows[i - 1]!.dueAt)).toBe(true)
  })

  it('the dashboard section shows them to editors with since when, in Norwegian', async () => {
    const { createLocalReq } = await import('payload')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { ReconfirmationSection } = await import('../../../src/admin/dashboard/ReconfirmationSection')
    const entry = await approved(`Vist ${unique()}`, actors.vendorA.organisation, '2019-05-02T12:00:00.000Z')
    const user = await payload.findByID({ collection: 'users', id: actors.editor.id, ...system })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
    const html = renderToStaticMarkup(await ReconfirmationSection({ req, lang: 'nb' }))
    expect(html).toContain('Ikke bekreftet på nytt')
    const row = html.slice(html.indexOf(`data-reconfirmation="${entry.id}"`))
    expect(row).toContain(`href="/admin/collections/vendors/${entry.id}"`)
    expect(row).toContain('2. mai 2019')
    expect(row.slice(0, row.indexOf('</tr>'))).toContain('Venter på leverandøren')
  })
})

describe('POST /api/vendors/reconfirm', () => {
  it('refuses the public (401), a malformed request (400) and an unknown entry (404), in Norwegian', async () => {
    const entry = await approved(`Anonym ${unique()}`, actors.vendorA.organisation, ago(400))
    const anonymous = await reconfirm(undefined, { id: entry.id })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('Du må være logget inn.')
    const bad = await reconfirm(actors.vendorA.token, { id: { not: 'an id' } })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].message).toMatch(/^Ugyldig forespørsel/)
    const missing = await reconfirm(actors.vendorA.token, { id: 99_999_999 })
    expect(missing.status).toBe(404)
    expect(missing.json.errors[0].message).toMatch(/^Fant ikke/)
  })

  it("refuses a member of another organisation (403) and leaves the entry as it was", async () => {
    const entry = await approved(`Annen org ${unique()}`, actors.vendorA.organisation, ago(400))
    const refused = await reconfirm(actors.vendorB.token, { id: entry.id })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/egen organisasjon/)
    const { docs } = await payload.findVersions({ collection: 'vendors', where: { parent: { equals: entry.id } }, ...system })
    expect(docs).toHaveLength(1)
  })

  it('refuses an entry with a draft newer than the published version (409: submit the draft instead)', async () => {
    const entry = await approved(`Med utkast ${unique()}`, actors.vendorA.organisation, ago(400))
    await payload.update({ collection: 'vendors', id: entry.id, data: { shortDescription: 'Ny tekst' } as never, draft: true, ...system })
    const refused = await reconfirm(actors.vendorA.token, { id: entry.id })
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toMatch(/Send inn utkastet/)
  })

  it('refuses an entry that was never approved (409)', async () => {
    const draft = await payload.create({
      collection: 'vendors',
      data: { name: `Aldri godkjent ${unique()}`, solutionType: 'standalone', professionCategories: [categoryId], owner: actors.vendorA.organisation, attestations: attestations(ago(400)) } as never,
      draft: true,
      ...system,
    })
    const refused = await reconfirm(actors.vendorA.token, { id: draft.id })
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toMatch(/ikke godkjent/)
  })

  it('a member confirms again: a draft with today in every answered attestation goes to review; the public keeps the old dates until an editor approves', async () => {
    const entry = await approved(`Bekreftes ${unique()}`, actors.vendorA.organisation, ago(400), ['followsNormen'])
    const done = await reconfirm(vendorA2.token, { id: entry.id })
    expect(done.status).toBe(200)
    expect(done.json).toMatchObject({ state: 'in-review' })
    const draft = (await payload.findByID({ collection: 'vendors', id: entry.id, draft: true, depth: 0, ...system })) as Record<string, any>
    expect(draft._status).toBe('draft')
    expect(draft.workflow.state).toBe('in-review')
    expect(draft.attestations.endToEndEncryption.confirmedAt.slice(0, 10)).toBe(today())
    expect(draft.attestations.dataProcessorAgreement.confirmedAt.slice(0, 10)).toBe(today())
    expect(draft.attestations.followsNormen).toMatchObject({ status: 'unknown', confirmedAt: null })
    const { docs: comments } = await payload.find({ collection: 'review-comments', where: { docId: { equals: String(entry.id) } }, ...system })
    expect(comments.map((c) => (c as { body: string }).body)).toContain('Leverandøren bekrefter at opplysningene fortsatt stemmer.')
    // The public still reads the approved version: old dates, still marked.
    const publicBefore = await content.getVendor(content.ANONYMOUS, 'nb', entry.slug as string)
    expect(publicBefore?.confirmationOverdue).toBe(true)
    expect(publicBefore?.confirmedAt?.slice(0, 10)).not.toBe(today())
    // A second request while it is in review: the newest version is the draft.
    expect((await reconfirm(vendorA2.token, { id: entry.id })).status).toBe(409)
    // An editor approves it as any change.
    const publish = await api.patch(`/vendors/${entry.id}`, { token: actors.editor.token, body: { _status: 'published', changeNote: 'Bekreftet på nytt.' } })
    expect(publish.status).toBe(200)
    const publicAfter = await content.getVendor(content.ANONYMOUS, 'nb', entry.slug as string)
    expect(publicAfter?.confirmationOverdue).toBe(false)
    expect(publicAfter?.confirmedAt?.slice(0, 10)).toBe(today())
  })

  it("GET tells the sidebar's button the approved version's dates, whether the user is an author and may confirm now, and why not", async () => {
    const entry = await approved(`Status ${unique()}`, actors.vendorA.organisation, '2024-02-10T12:00:00.000Z')
    const status = async (token: string) => {
      const response = await api.get(`/vendors/reconfirm?id=${entry.id}`, { token })
      return { status: response.status, json: (await response.json()) as Record<string, any> }
    }
    const own = await status(actors.vendorA.token)
    expect(own).toEqual({
      status: 200,
      json: { author: true, approved: true, confirmedAt: '2024-02-10T12:00:00.000Z', dueAt: '2025-02-09T23:00:00.000Z', overdue: true, allowed: true },
    })
    const other = await status(actors.vendorB.token)
    expect(other.json).toMatchObject({ author: false, allowed: false })
    expect(other.json.reason).toMatch(/egen organisasjon/)
    await payload.update({ collection: 'vendors', id: entry.id, data: { shortDescription: 'Endret' } as never, draft: true, ...system })
    const withDraft = await status(actors.vendorA.token)
    expect(withDraft.json).toMatchObject({ author: true, approved: true, overdue: true, allowed: false })
    expect(withDraft.json.reason).toMatch(/Send inn utkastet/)
    expect((await api.get(`/vendors/reconfirm?id=${entry.id}`)).status).toBe(401)
  })

  it('a confirmation that fails after its draft was written leaves no half of it: the approved version is the newest again, no comment, and it can be tried again', async () => {
    const entry = await approved(`Feiler ${unique()}`, actors.vendorA.organisation, ago(400))
    const before = (await payload.findByID({ collection: 'vendors', id: entry.id, draft: true, depth: 0, ...system })) as Record<string, any>
    // A forced failure at the last step, the editors' mail: the draft with today's dates, its step to review, the
    // comment and the audit entry are stored by then (SQLite runs no transaction here).
    const create = payload.db.create.bind(payload.db)
    const failing = jest.spyOn(payload.db, 'create').mockImplementation(async (args) => {
      if (args.collection === 'payload-jobs') throw new Error('forced failure (test): the mail queue is down')
      return create(args)
    })
    const errors = jest.spyOn(payload.logger, 'error')
    let failed
    try {
      failed = await reconfirm(vendorA2.token, { id: entry.id })
    } finally {
      failing.mockRestore()
    }
    expect(failed.status).toBe(500)
    expect(errors.mock.calls.some((call) => JSON.stringify(call).includes(`re-confirmation of vendors/${entry.id} failed`))).toBe(true)
    errors.mockRestore()
    const newest = (await payload.findByID({ collection: 'vendors', id: entry.id, draft: true, depth: 0, ...system })) as Record<string, any>
    expect({ status: newest._status, state: newest.workflow.state, attestations: newest.attestations }).toEqual({ status: 'published', state: before.workflow.state, attestations: before.attestations })
    const { docs: comments } = await payload.find({ collection: 'review-comments', where: { docId: { equals: String(entry.id) } }, ...system })
    expect(comments).toEqual([])
    const { docs: drafts } = await payload.findVersions({ collection: 'vendors', where: { and: [{ parent: { equals: entry.id } }, { 'version._status': { equals: 'draft' } }] }, ...system })
    expect(drafts).toEqual([])
    // The admin's list (the latest version of each entry) still has it, approved.
    const listed = ((await (await api.get(`/vendors?draft=true&where[id][equals]=${entry.id}&depth=0`, { token: actors.editor.token })).json()) as { docs: Record<string, any>[] }).docs
    expect(listed.map((d) => [d.id, d._status])).toEqual([[entry.id, 'published']])
    const { docs: audit } = await payload.find({ collection: 'audit-log' as never, where: { docId: { equals: String(entry.id) } }, sort: 'createdAt', ...system })
    expect((audit as Record<string, any>[]).map((a) => a.detail).at(-1)).toMatch(/not completed/)
    const status = await api.get(`/vendors/reconfirm?id=${entry.id}`, { token: vendorA2.token })
    expect(await status.json()).toMatchObject({ allowed: true, overdue: true })
    const again = await reconfirm(vendorA2.token, { id: entry.id })
    expect({ status: again.status, state: again.json.state }).toEqual({ status: 200, state: 'in-review' })
  })

  it('an entry confirmed today already: 409 (nothing to send), no draft left behind, and the refusal is not logged as an error', async () => {
    const entry = await approved(`I dag ${unique()}`, actors.vendorA.organisation, `${today()}T12:00:00.000Z`)
    const errors = jest.spyOn(payload.logger, 'error')
    const refused = await reconfirm(vendorA2.token, { id: entry.id })
    const logged = errors.mock.calls.filter((call) => JSON.stringify(call).includes(`vendors/${entry.id}`))
    errors.mockRestore()
    expect(refused.status).toBe(409)
    expect(logged).toEqual([])
    const newest = (await payload.findByID({ collection: 'vendors', id: entry.id, draft: true, depth: 0, ...system })) as Record<string, any>
    expect(newest._status).toBe('published')
    expect(await (await api.get(`/vendors/reconfirm?id=${entry.id}`, { token: vendorA2.token })).json()).toMatchObject({ allowed: true })
  })

  it('staff may confirm again on behalf of the vendor', async () => {
    const entry = await approved(`Stab ${unique()}`, actors.vendorB.organisation, ago(400))
    const done = await reconfirm(actors.editor.token, { id: entry.id })
    expect(done.status).toBe(200)
    expect(done.json).toMatchObject({ state: 'in-review' })
  })
})
