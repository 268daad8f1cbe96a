import { bootPayload } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import type { BootedPayload } from '../../helpers/api'

// After a restart, the jobs that fell due while the app was down are all due at once, and the app's runner
// (autoRun, every second), a second app process or a CLI may each pick them up. Each must run once: a
// scheduled publish twice is two versions, two change-log entries, two e-mails to subscribers.
let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})

type Id = number | string

async function dueWhileDown(count: number): Promise<Id[]> {
  const ids: Id[] = []
  for (let i = 0; i < count; i++) {
    const article = await booted.payload.create({
      collection: 'articles',
      data: { title: `Forfalt ${unique()}`, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    ids.push(article.id)
    // Scheduled for an hour ago: the app was down when it fell due.
    await booted.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(article.id) } },
      waitUntil: new Date(Date.now() - 3_600_000),
    } as never)
  }
  return ids
}

async function publishedVersions(id: Id): Promise<number> {
  const { totalDocs } = await booted.payload.countVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
  })
  return totalDocs
}

describe('jobs that fell due while the app was down', () => {
  it('run at the first run of the queue, each publishing its document once', async () => {
    const [id] = await dueWhileDown(1)
    await booted.payload.jobs.run()
    expect((await booted.payload.findByID({ collection: 'articles', id: id!, overrideAccess: true, depth: 0 }))._status).toBe('published')
    await booted.payload.jobs.run()
    expect(await publishedVersions(id!)).toBe(1)
  })

  it('run once when several runners pick the queue up at the same moment', async () => {
    const ids = await dueWhileDown(4)
    const runs = await Promise.all([booted.payload.jobs.run(), booted.payload.jobs.run(), booted.payload.jobs.run()])
    // Every job is reported as run by exactly one of the runners.
    const ran = runs.flatMap((run) => Object.keys((run as { jobStatus?: Record<string, unknown> }).jobStatus ?? {}))
    expect(ran).toHaveLength(ids.length)
    expect(new Set(ran).size).toBe(ids.length)
    for (const id of ids) expect({ id, published: await publishedVersions(id) }).toEqual({ id, published: 1 })
    const left = await booted.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })
    expect(left.totalDocs).toBe(0)
  })
})
