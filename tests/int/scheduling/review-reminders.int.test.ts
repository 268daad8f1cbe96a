import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'

// Owners are e-mailed when a review date has passed: an hourly task in the app's own job runner (Payload's
// `schedule`), each document and date once, remembered in the database (payload-kv) across runs and restarts.
let capture: SmtpCapture

// Before Payload boots (the next beforeAll), which reads the SMTP settings once.
beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
})

const { booted, actors, category } = bootWithCategory()

afterAll(async () => {
  await capture.close()
})

const DAY = 86_400_000
const daysFromNow = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T12:00:00.000Z`

/**
 * One hour of the schedule: Payload's scheduler (handleSchedules, what the app's autoRun calls every second)
 * queues the reminder task for the next full hour; the test moves that time to now and runs the queue, with
 * every e-mail job the task queued. Returns the mails that arrived.
 */
async function hourlyRun() {
  const before = capture.messages.length
  await booted.payload.jobs.handleSchedules()
  const { docs } = await booted.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'remindOverdueReviews' } }, overrideAccess: true })
  expect(docs).toHaveLength(1)
  const job = docs[0] as unknown as { id: number | string; waitUntil: string }
  expect(new Date(job.waitUntil).getUTCMinutes()).toBe(0)
  await booted.payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } } as never)
  for (let round = 0; round < 5; round++) await booted.payload.jobs.run({ silent: true })
  await new Promise((resolve) => setTimeout(resolve, 200))
  return capture.messages.slice(before)
}

describe('review reminders', () => {
  const titles = { overdue: `Forfalt ${unique()}`, future: `Senere ${unique()}`, ownerless: `Uten eier ${unique()}` }
  const vendors = { withContact: `Video ${unique()}`, withoutContact: `Video ${unique()}` }
  const editorEmail = () => actors.editor.email

  beforeAll(async () => {
    const { payload } = booted
    await payload.updateGlobal({ slug: 'site-settings', data: {
        siteName: 'Videoveileder',
        vendorContactEmail: 'leverandor@helsedir.example',
        disclaimers: { notExhaustive: 'Ikke uttømmende.', notApproval: 'Ingen godkjenning.', clinicianResponsible: 'Behandler har ansvaret.' },
      } as never, overrideAccess: true })
    await payload.create({ collection: 'articles', data: { title: titles.overdue, owner: actors.editor.id as number, nextReviewAt: daysFromNow(-3) }, overrideAccess: true })
    await payload.create({ collection: 'articles', data: { title: titles.future, owner: actors.editor.id as number, nextReviewAt: daysFromNow(10) }, overrideAccess: true })
    await payload.create({ collection: 'articles', data: { title: titles.ownerless, nextReviewAt: daysFromNow(-1) }, overrideAccess: true })
    await payload.create({
      collection: 'vendors',
      data: { ...vendorData(category.id, { name: vendors.withContact, contactEmail: 'post@leverandor.example' }), nextReviewAt: daysFromNow(-2) } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'vendors',
      data: { ...vendorData(category.id, { name: vendors.withoutContact }), nextReviewAt: daysFromNow(-40) } as never,
      overrideAccess: true,
    })
  })

  it('the hourly run e-mails each owner of a passed review date once, through the SMTP server', async () => {
    const mails = await hourlyRun()
    const got = mails.map((m) => ({ to: m.to, subject: m.subject })).sort((a, b) => a.subject.localeCompare(b.subject))
    expect(got).toEqual(
      [
        { to: [editorEmail()], subject: `Gjennomgang forfalt: ${titles.overdue}` },
        { to: ['post@leverandor.example'], subject: `Gjennomgang forfalt: ${vendors.withContact}` },
        { to: ['leverandor@helsedir.example'], subject: `Gjennomgang forfalt: ${vendors.withoutContact}` },
      ].sort((a, b) => a.subject.localeCompare(b.subject)),
    )
    const article = mails.find((m) => m.subject.includes(titles.overdue))!
    expect(article.text).toContain(`«${titles.overdue}» skulle vært gjennomgått`)
    expect(article.text).toMatch(/\/admin\/collections\/articles\/\d+/)
  })

  it('the next run (or a restart) sends nothing again; a new passed date is reminded once more', async () => {
    expect(await hourlyRun()).toEqual([])
    const { docs } = await booted.payload.find({ collection: 'articles', where: { title: { equals: titles.overdue } }, overrideAccess: true })
    await booted.payload.update({ collection: 'articles', id: docs[0]!.id, data: { nextReviewAt: daysFromNow(-1) }, overrideAccess: true })
    const again = await hourlyRun()
    expect(again.map((m) => m.subject)).toEqual([`Gjennomgang forfalt: ${titles.overdue}`])
    expect(await hourlyRun()).toEqual([])
  })
})
