import { bootWithRoles } from '../../helpers/boot'
import { startReceiver, type Receiver } from '../../helpers/receiver'

// A Payload job runs outside any HTTP request, where Next's revalidateTag cannot work; its change is announced
// like every other (src/invalidation/). Under jest nothing runs jobs by itself (no autoRun): a test runs them.
const { booted, actors } = bootWithRoles()
let receiver: Receiver

beforeAll(async () => {
  receiver = await startReceiver()
  process.env.CONTENT_CHANGES_URL = receiver.url
})

afterAll(async () => {
  process.env.CONTENT_CHANGES_URL = 'off'
  await receiver.close()
})

async function draftArticle(title: string) {
  return booted.payload.create({ collection: 'articles', data: { title, _status: 'draft' }, draft: true, overrideAccess: true })
}

function queuePublish(id: number | string, waitUntil = new Date()) {
  return booted.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) } },
    waitUntil,
  } as never)
}

describe('a scheduled publish (Payload job) reaches the site', () => {
  it('articles can be scheduled: the job publishes the draft and announces "articles" once it is written, once', async () => {
    const article = await draftArticle('Planlagt publisering')
    const job = await queuePublish(article.id)
    receiver.clear()
    await booted.payload.jobs.run({ queue: 'default' })
    const published = await booted.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true, depth: 0 })
    expect(published._status).toBe('published')
    expect(receiver.tags()).toContain('articles')
    expect(receiver.received.every((r) => r.signedCorrectly)).toBe(true)
    // A job that completed is removed from the queue (Payload's deleteJobOnComplete), so it cannot run again.
    expect((await booted.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })).totalDocs).toBe(0)

    receiver.clear()
    await booted.payload.jobs.run({ queue: 'default' })
    expect(receiver.received).toEqual([])
  })

  it('a publish scheduled for later is not run before its time', async () => {
    const article = await draftArticle('Senere')
    await queuePublish(article.id, new Date(Date.now() + 3_600_000))
    await booted.payload.jobs.run({ queue: 'default' })
    const still = await booted.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true, depth: 0, draft: true })
    expect(still._status).toBe('draft')
  })
})

describe('who may touch the job queue', () => {
  it.each([
    ['anonymous', 401],
    ['vendorA', 401],
    ['editor', 200],
    ['admin', 200],
  ] as const)('%s running the queue over REST answers %i', async (actor, status) => {
    const token = actor === 'anonymous' ? undefined : actors[actor].token
    const res = await booted.api.get('/payload-jobs/run?queue=nothing-here', { token })
    expect(res.status).toBe(status)
  })

  // Staff read the queue (the dashboard); only the server queues jobs (tests/int/scheduling/schedule.int.test.ts).
  it.each([
    ['vendorA', 403],
    ['editor', 200],
    ['admin', 200],
  ] as const)('%s listing jobs over REST answers %i; nobody creates one', async (actor, listStatus) => {
    const token = actors[actor].token
    expect((await booted.api.get('/payload-jobs', { token })).status).toBe(listStatus)
    const created = await booted.api.post('/payload-jobs', { token, body: { taskSlug: 'schedulePublish', input: {} } })
    expect(created.status).toBe(403)
  })

  it('a vendor may not queue jobs through the Local API with its own user', async () => {
    const vendor = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, overrideAccess: true })
    const req = { user: { ...vendor, collection: 'users' } } as never
    await expect(
      booted.payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish' }, req, overrideAccess: false } as never),
    ).rejects.toMatchObject({ status: 403 })
  })
})
