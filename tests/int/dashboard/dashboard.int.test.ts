import { createLocalReq, type PayloadRequest } from 'payload'

import { awaitingMyReview, failedJobs, myDrafts, recentlyPublished, reviewDates, scheduledPublishing } from '../../../src/dashboard'
import { schedulePublish } from '../../../src/scheduling/serverFunctions'
import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { createSecondEditor, setSecondPairOfEyes, transition } from '../../helpers/workflow'
import type { Actor } from '../../fixtures/users'

// The editorial dashboard's data, each section read as the logged-in user through the Local API with access
// checks on, from documents written as editors write them (REST), so the workflow fields are the server's.
const { booted, actors, category } = bootWithCategory()
let colleague: Actor

type Id = number | string
const DAY = 86_400_000
const daysFromNow = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T12:00:00.000Z`

beforeAll(async () => {
  colleague = await createSecondEditor(booted.payload, booted.api, 'Kari Kollega')
  await setSecondPairOfEyes(booted.payload, true)
})

async function reqAs(userId: Id): Promise<PayloadRequest> {
  const user = await booted.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, booted.payload)
}

/** A new article draft saved over REST by a user (the workflow records who changed it). */
async function draftBy(token: string, title: string, extra: Record<string, unknown> = {}): Promise<Id> {
  const res = await booted.api.post('/articles?draft=true', { token, body: { title, ...extra, _status: 'draft' } })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: Id } }).doc.id
}

const titles = (items: { title: string }[]) => items.map((i) => i.title)

describe('the editorial dashboard, section by section', () => {
  it('"Venter på min gjennomgang": sent for review by someone else, not my own changes', async () => {
    const theirs = `Kollegas utkast ${unique()}`
    const mine = `Mitt utkast ${unique()}`
    const theirId = await draftBy(colleague.token, theirs)
    const myId = await draftBy(actors.editor.token, mine)
    expect((await transition(booted.api, colleague.token, { collection: 'articles', id: theirId, to: 'in-review' })).status).toBe(200)
    expect((await transition(booted.api, actors.editor.token, { collection: 'articles', id: myId, to: 'in-review' })).status).toBe(200)

    const forMe = titles(await awaitingMyReview(await reqAs(actors.editor.id)))
    expect(forMe).toContain(theirs)
    expect(forMe).not.toContain(mine)
    const forColleague = titles(await awaitingMyReview(await reqAs(colleague.id)))
    expect(forColleague).toContain(mine)
    expect(forColleague).not.toContain(theirs)
  })

  it('"Mine utkast": unpublished changes I made, with their state', async () => {
    const mine = `Eget utkast ${unique()}`
    const id = await draftBy(actors.editor.token, mine)
    const drafts = await myDrafts(await reqAs(actors.editor.id))
    expect(drafts.find((d) => d.title === mine)).toMatchObject({ collection: 'articles', id, state: 'draft', href: `/admin/collections/articles/${id}` })
    expect(titles(await myDrafts(await reqAs(colleague.id)))).not.toContain(mine)
  })

  it('"Planlagt": each pending publish and unpublish with document, kind, time and who scheduled it', async () => {
    const title = `Planlagt ${unique()}`
    const id = await draftBy(colleague.token, title, { changeNote: 'Planlagt' })
    expect((await transition(booted.api, colleague.token, { collection: 'articles', id, to: 'in-review' })).status).toBe(200)
    const at = new Date(Date.now() + 2 * 3_600_000)
    const req = await reqAs(actors.editor.id)
    expect(await schedulePublish({ req, importMap: {}, type: 'publish', date: at, doc: { relationTo: 'articles', value: String(id) } } as never)).not.toHaveProperty('error')
    const scheduled = await scheduledPublishing(req)
    const item = scheduled.find((s) => s.document?.title === title)
    expect(item).toMatchObject({ type: 'publish', at: at.toISOString(), document: { collection: 'articles', id } })
    const editor = await booted.payload.findByID({ collection: 'users', id: actors.editor.id, overrideAccess: true })
    expect(item!.by).toBe((editor as { name?: string }).name || editor.email)
  })

  it('"Gjennomgang forfalt eller innen 30 dager": overdue first, then due within 30 days; later ones not listed', async () => {
    const create = (collection: 'articles' | 'vendors', title: string, days: number) =>
      booted.payload.create({
        collection,
        data: (collection === 'articles' ? { title, nextReviewAt: daysFromNow(days) } : { ...vendorData(category.id, { name: title }), nextReviewAt: daysFromNow(days) }) as never,
        overrideAccess: true,
      })
    const overdue = `Forfalt ${unique()}`
    const soon = `Snart ${unique()}`
    const later = `Senere ${unique()}`
    const vendor = `Leverandør ${unique()}`
    await create('articles', overdue, -2)
    await create('articles', soon, 10)
    await create('articles', later, 60)
    await create('vendors', vendor, 5)
    const dates = await reviewDates(await reqAs(actors.editor.id))
    const mine = dates.filter((d) => [overdue, soon, later, vendor].includes(d.title))
    expect(mine.map((d) => ({ title: d.title, overdue: d.overdue, collection: d.collection }))).toEqual([
      { title: overdue, overdue: true, collection: 'articles' },
      { title: vendor, overdue: false, collection: 'vendors' },
      { title: soon, overdue: false, collection: 'articles' },
    ])
  })

  it('"Publisert siste 14 dager": what was published, newest first', async () => {
    const title = `Publisert ${unique()}`
    const id = await draftBy(actors.editor.token, title)
    expect((await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })).status).toBe(200)
    const res = await booted.api.patch(`/articles/${id}`, { token: colleague.token, body: { _status: 'published', changeNote: 'Ny artikkel om video.' } })
    expect(res.status).toBe(200)
    const published = await recentlyPublished(await reqAs(actors.editor.id))
    const item = published.find((p) => p.title === title)
    expect(item).toMatchObject({ collection: 'articles', href: `/admin/collections/articles/${id}` })
    expect(new Date(item!.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('"Feilet": jobs that failed for good, failed e-mails named by subject and recipient', async () => {
    const subject = `Påminnelse ${unique()}`
    const failedAt = new Date().toISOString()
    const failure = { id: `log${unique()}`, state: 'failed', executedAt: failedAt, completedAt: failedAt, taskSlug: 'sendMail', taskID: '1', error: { message: '550 mailbox unavailable' } }
    await booted.payload.db.create({
      collection: 'payload-jobs',
      data: { taskSlug: 'sendMail', queue: 'default', input: { to: ['eier@example.no'], subject, text: 'x' }, hasError: true, totalTried: 6, processing: false, log: [failure] },
    } as never)
    const failed = await failedJobs(await reqAs(actors.editor.id))
    expect(failed.find((f) => f.mail?.subject === subject)).toMatchObject({ task: 'sendMail', mail: { to: ['eier@example.no'] }, error: '550 mailbox unavailable', stuck: false })
  })

  it('"Feilet": failed subscriber mails are counted by subject, never named by address', async () => {
    const subject = `Endret: Samtykke ${unique()}`
    const failedAt = new Date().toISOString()
    for (const [id, tries] of [[1, 6], [2, 4]] as const) {
      const failure = { id: `log${unique()}`, state: 'failed', executedAt: failedAt, completedAt: failedAt, taskSlug: 'sendSubscriberMail', taskID: '1', error: { message: '550 <leser@example.no>: Recipient address rejected' } }
      await booted.payload.db.create({
        collection: 'payload-jobs',
        data: { taskSlug: 'sendSubscriberMail', queue: 'default', input: { subscription: String(id), createdAt: failedAt, lang: 'nb', subject, followed: 'veilederen', template: 'change' }, hasError: true, totalTried: tries, processing: false, log: [failure] },
      } as never)
    }
    const failed = (await failedJobs(await reqAs(actors.editor.id))).filter((f) => f.mail?.subject === subject)
    expect(failed).toMatchObject([{ task: 'sendSubscriberMail', mail: { subject, to: [], subscribers: 2 }, tries: 6, stuck: false }])
    expect(JSON.stringify(failed)).not.toContain('@')
  })
})

describe('who may read the dashboard data', () => {
  it.each(['vendorA'] as const)('%s is refused the job sections (payload-jobs is staff only)', async (actor) => {
    const req = await reqAs(actors[actor].id)
    await expect(scheduledPublishing(req)).rejects.toMatchObject({ status: 403 })
    await expect(failedJobs(req)).rejects.toMatchObject({ status: 403 })
  })
})
