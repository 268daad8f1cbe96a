import { createLocalReq, type CollectionSlug, type PayloadRequest } from 'payload'

import { schedulePublish, upcomingScheduled } from '../../../src/scheduling/serverFunctions'
import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'
import { createSecondEditor, newest, transition } from '../../helpers/workflow'

// The admin's schedule drawer calls two server functions (app/(payload)/layout.tsx passes ours to Payload's
// handleServerFunctions); these tests call them as the drawer does, with a request for the logged-in user.
const { booted, actors, category } = bootWithCategory()

type Id = number | string
type Slug = 'articles' | 'vendors' | 'tariffs'
type ActorName = 'admin' | 'editor' | 'vendorA'

const dataFor = (slug: Slug): Record<string, unknown> =>
  slug === 'articles' ? { title: `Planlagt ${unique()}` } : slug === 'vendors' ? vendorData(category.id) : tariffData()

/** What a publish by an editor needs (the review workflow): a change note, and the draft sent for review. */
const publishable = (): Record<string, unknown> => ({ changeNote: 'Planlagt endring', workflow: { state: 'in-review' } })

async function draftOf(slug: Slug) {
  return booted.payload.create({ collection: slug, data: { ...dataFor(slug), ...publishable(), _status: 'draft' }, draft: true, overrideAccess: true } as never) as Promise<{ id: Id }>
}

async function publishedOf(slug: Slug) {
  return booted.payload.create({ collection: slug, data: { ...dataFor(slug), ...publishable(), _status: 'published' }, overrideAccess: true } as never) as Promise<{ id: Id }>
}

async function reqAs(actor: ActorName | 'anonymous'): Promise<PayloadRequest> {
  if (actor === 'anonymous') return createLocalReq({}, booted.payload)
  const user = await booted.payload.findByID({ collection: 'users', id: actors[actor].id, overrideAccess: true, depth: 0 })
  return createLocalReq({ user: { ...(user as object), collection: 'users' } as never }, booted.payload)
}

const drawerArgs = (req: PayloadRequest) => ({ req, importMap: {}, cookies: new Map(), locale: undefined, permissions: {}, user: req.user }) as never

async function schedule(actor: ActorName | 'anonymous', slug: Slug, id: Id, type: 'publish' | 'unpublish', date: Date) {
  const req = await reqAs(actor)
  return schedulePublish({ ...(drawerArgs(req) as object), type, date, doc: { relationTo: slug, value: String(id) } } as never)
}

async function cancel(actor: ActorName | 'anonymous', jobId: Id) {
  return schedulePublish({ ...(drawerArgs(await reqAs(actor)) as object), deleteID: jobId } as never)
}

async function upcoming(actor: ActorName | 'anonymous', slug: Slug, id: Id) {
  return (await upcomingScheduled({ ...(drawerArgs(await reqAs(actor)) as object), collectionSlug: slug, id } as never)) as {
    id: Id
    input: { type: string }
    waitUntil: string
  }[]
}

async function jobsFor(slug: Slug, id: Id) {
  const { docs } = await booted.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(id) } }, { 'input.doc.relationTo': { equals: slug } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs as unknown as { id: Id; waitUntil: string; input: { type: string; user?: { value: Id } } }[]
}

/** Moves a job's time to now, as if the clock had reached it. */
async function makeDue(jobId: Id) {
  await booted.payload.db.updateOne({ collection: 'payload-jobs', id: jobId, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } } as never)
}

const statusOf = async (slug: Slug, id: Id) =>
  ((await booted.payload.findByID({ collection: slug, id, overrideAccess: true, depth: 0 })) as { _status?: string })._status

async function auditEntries(slug: Slug, docId: Id) {
  const { docs } = await booted.payload.find({
    collection: 'audit-log' as CollectionSlug,
    where: { and: [{ collection: { equals: slug } }, { docId: { equals: String(docId) } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs as unknown as { action: string; detail?: string; actor?: Id }[]
}

describe.each(['articles', 'vendors', 'tariffs'] as const)('%s: publish and unpublish scheduled in the drawer', (slug) => {
  it('a scheduled publish is listed in the drawer with its time, runs at its time as its scheduler and is audited', async () => {
    const doc = await draftOf(slug)
    const at = new Date(Date.now() + 3_600_000)
    expect(await schedule('editor', slug, doc.id, 'publish', at)).toMatchObject({ message: expect.any(String) })

    const listed = await upcoming('editor', slug, doc.id)
    expect(listed.map((e) => ({ type: e.input.type, at: new Date(e.waitUntil).toISOString() }))).toEqual([{ type: 'publish', at: at.toISOString() }])
    const [job] = await jobsFor(slug, doc.id)
    expect(String(job!.input.user?.value)).toBe(String(actors.editor.id))
    expect((await auditEntries(slug, doc.id)).filter((e) => e.action === 'schedule')).toEqual([
      expect.objectContaining({ action: 'schedule', detail: `publish at ${at.toISOString()}`, actor: actors.editor.id }),
    ])

    await booted.payload.jobs.run()
    expect(await statusOf(slug, doc.id)).not.toBe('published')
    await makeDue(job!.id)
    await booted.payload.jobs.run()
    expect(await statusOf(slug, doc.id)).toBe('published')
    expect(await jobsFor(slug, doc.id)).toEqual([])
  })

  it('a scheduled unpublish takes the document off the site at its time', async () => {
    const doc = await publishedOf(slug)
    expect(await schedule('admin', slug, doc.id, 'unpublish', new Date(Date.now() + 60_000))).toMatchObject({ message: expect.any(String) })
    const [job] = await jobsFor(slug, doc.id)
    expect(job!.input.type).toBe('unpublish')
    await makeDue(job!.id)
    await booted.payload.jobs.run()
    const publicView = await booted.payload.find({ collection: slug, where: { id: { equals: doc.id } }, overrideAccess: false, depth: 0 })
    expect(publicView.docs).toEqual([])
    expect(await statusOf(slug, doc.id)).toBe('draft')
  })

  it('cancelling in the drawer removes the event, queues nothing in its place, and is audited', async () => {
    const doc = await draftOf(slug)
    await schedule('editor', slug, doc.id, 'publish', new Date(Date.now() + 3_600_000))
    const [event] = await upcoming('editor', slug, doc.id)
    expect(await cancel('editor', event!.id)).toMatchObject({ message: expect.any(String) })
    expect(await upcoming('editor', slug, doc.id)).toEqual([])
    // Payload's own handler queued a job with no time after a delete: a publish at once.
    expect(await jobsFor(slug, doc.id)).toEqual([])
    await booted.payload.jobs.run()
    expect(await statusOf(slug, doc.id)).not.toBe('published')
    expect((await auditEntries(slug, doc.id)).map((e) => e.detail)).toContainEqual(expect.stringMatching(/^cancelled publish at /))
  })
})

describe('refusals', () => {
  it('a publish the scheduler could not make now is refused while scheduling, with the workflow\'s reason', async () => {
    const notInReview = await booted.payload.create({ collection: 'articles', data: { title: `Utkast ${unique()}`, changeNote: 'Ny' }, draft: true, overrideAccess: true })
    expect(await schedule('editor', 'articles', notInReview.id, 'publish', new Date(Date.now() + 60_000))).toEqual({
      error: expect.stringMatching(/^Utkastet er ikke sendt til gjennomgang/),
    })
    const withoutNote = await booted.payload.create({
      collection: 'articles',
      data: { title: `Uten merknad ${unique()}`, workflow: { state: 'in-review' } } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await schedule('editor', 'articles', withoutNote.id, 'publish', new Date(Date.now() + 60_000))).toEqual({
      error: expect.stringMatching(/^Skriv en endringsmerknad/),
    })
    const own = await booted.api.post('/articles?draft=true', { token: actors.editor.token, body: { title: `Egen ${unique()}`, changeNote: 'Ny', _status: 'draft' } })
    const ownId = ((await own.json()) as { doc: { id: Id } }).doc.id
    expect(await schedule('editor', 'articles', ownId, 'publish', new Date(Date.now() + 60_000))).toEqual({ error: expect.stringMatching(/^Du har selv endret/) })
    for (const id of [notInReview.id, withoutNote.id, ownId]) expect(await jobsFor('articles', id)).toEqual([])
  })

  it('a time already past is refused with a Norwegian message and queues nothing', async () => {
    const doc = await draftOf('articles')
    const result = await schedule('editor', 'articles', doc.id, 'publish', new Date(Date.now() - 3_600_000))
    expect(result).toEqual({ error: 'Tidspunktet har allerede passert. Velg et senere tidspunkt, eller publiser nå.' })
    expect(await jobsFor('articles', doc.id)).toEqual([])
  })

  it.each(['vendorA', 'anonymous'] as const)('%s can neither schedule, list nor cancel in the drawer', async (actor) => {
    const doc = await draftOf('vendors')
    await expect(schedule(actor, 'vendors', doc.id, 'publish', new Date(Date.now() + 60_000))).rejects.toMatchObject({ status: 403 })
    expect(await jobsFor('vendors', doc.id)).toEqual([])
    await schedule('editor', 'vendors', doc.id, 'publish', new Date(Date.now() + 60_000))
    const [job] = await jobsFor('vendors', doc.id)
    await expect(upcoming(actor, 'vendors', doc.id)).rejects.toMatchObject({ status: 403 })
    await expect(cancel(actor, job!.id)).rejects.toMatchObject({ status: 403 })
    expect(await jobsFor('vendors', doc.id)).toHaveLength(1)
  })

  it("a vendor's own entry cannot be scheduled by the vendor either", async () => {
    const own = await booted.payload.create({ collection: 'vendors', data: { ...vendorData(category.id), owner: actors.vendorA.organisation } as never, draft: true, overrideAccess: true })
    await expect(schedule('vendorA', 'vendors', own.id, 'publish', new Date(Date.now() + 60_000))).rejects.toMatchObject({ status: 403 })
  })
})

describe('a change saved after the publish was scheduled', () => {
  type Job = { hasError?: boolean; error?: { message?: string } | null; completedAt?: string | null }

  it("is not published by the job: the draft goes back to 'draft', the job fails with the Norwegian reason and the public keeps the old text", async () => {
    // A writes, B (the second pair of eyes) schedules the publish, A rewrites the text before it runs.
    const author = await createSecondEditor(booted.payload, booted.api, 'Aud Forfatter')
    const live = await booted.payload.create({
      collection: 'articles',
      data: { title: `Planlagt ${unique()}`, lead: 'Gammel tekst', changeNote: 'Første', workflow: { state: 'in-review' }, _status: 'published' } as never,
      overrideAccess: true,
    })
    expect((await booted.api.patch(`/articles/${live.id}?draft=true`, { token: author.token, body: { lead: 'Gjennomgått tekst', changeNote: 'Ny tekst' } })).status).toBe(200)
    expect((await transition(booted.api, author.token, { collection: 'articles', id: live.id, to: 'in-review' })).status).toBe(200)
    expect(await schedule('editor', 'articles', live.id, 'publish', new Date(Date.now() + 3_600_000))).toMatchObject({ message: expect.any(String) })

    expect((await booted.api.patch(`/articles/${live.id}?draft=true`, { token: author.token, body: { lead: 'Ikke gjennomgått tekst' } })).status).toBe(200)
    expect((await newest(booted.payload, 'articles', live.id)).workflow.state).toBe('draft')

    const [job] = await jobsFor('articles', live.id)
    await makeDue(job!.id)
    await booted.payload.jobs.run()
    const ran = (await booted.payload.findByID({ collection: 'payload-jobs', id: job!.id, overrideAccess: true, disableErrors: true })) as Job | null
    expect({ hasError: ran?.hasError, message: ran?.error?.message }).toEqual({ hasError: true, message: expect.stringMatching(/^Utkastet er ikke sendt til gjennomgang/) })
    const publicView = await booted.api.get(`/articles/${live.id}?depth=0`)
    expect(((await publicView.json()) as { lead?: string }).lead).toBe('Gammel tekst')
  })
})

describe('payload-jobs over REST and GraphQL', () => {
  async function pendingJob() {
    const doc = await draftOf('articles')
    await schedule('editor', 'articles', doc.id, 'publish', new Date(Date.now() + 3_600_000))
    return (await jobsFor('articles', doc.id))[0]!
  }

  it.each(['anonymous', 'vendorA'] as const)('%s can neither read nor cancel jobs (REST 403, GraphQL refused)', async (actor) => {
    const job = await pendingJob()
    const token = actor === 'anonymous' ? undefined : actors[actor].token
    expect((await booted.api.get('/payload-jobs', { token })).status).toBe(403)
    expect((await booted.api.get(`/payload-jobs/${job.id}`, { token })).status).toBe(403)
    expect((await booted.api.delete(`/payload-jobs/${job.id}`, { token })).status).toBe(403)
    const listed = await booted.api.graphql('{ PayloadJobs { docs { id } } }', { token })
    expect(listed.body.data?.PayloadJobs ?? null).toBeNull()
    const removed = await booted.api.graphql(`mutation { deletePayloadJob(id: ${JSON.stringify(job.id)}) { id } }`, { token })
    expect(removed.body.data?.deletePayloadJob ?? null).toBeNull()
    expect(await booted.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })
  })

  it.each(['editor', 'admin'] as const)('%s reads the queue and cancels a pending job; nobody creates or changes one', async (actor) => {
    const job = await pendingJob()
    const token = actors[actor].token
    const list = await booted.api.get('/payload-jobs?limit=100&depth=0', { token })
    expect(list.status).toBe(200)
    expect(((await list.json()) as { docs: { id: Id }[] }).docs.map((d) => String(d.id))).toContain(String(job.id))
    const viaGraphql = await booted.api.graphql('{ PayloadJobs(limit: 100) { docs { id } } }', { token })
    expect((viaGraphql.body.data?.PayloadJobs?.docs ?? []).map((d: { id: Id }) => String(d.id))).toContain(String(job.id))
    expect((await booted.api.post('/payload-jobs', { token, body: { taskSlug: 'schedulePublish', input: {} } })).status).toBe(403)
    expect((await booted.api.patch(`/payload-jobs/${job.id}`, { token, body: { waitUntil: new Date().toISOString() } })).status).toBe(403)
    expect((await booted.api.delete(`/payload-jobs/${job.id}`, { token })).status).toBe(200)
    expect(await booted.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('a job that is running cannot be cancelled', async () => {
    const job = await pendingJob()
    await booted.payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true } } as never)
    expect((await booted.api.delete(`/payload-jobs/${job.id}`, { token: actors.editor.token })).status).not.toBe(200)
    expect(await cancel('editor', job.id)).toMatchObject({ error: expect.stringMatching(/kjører nå/) })
    expect(await booted.payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 1 })
  })
})
