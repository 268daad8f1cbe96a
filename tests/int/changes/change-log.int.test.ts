import type { Payload } from 'payload'

import { POLICY_ACTORS, type PolicyActor } from '../../fixtures/policy'
import { bootWithRoles } from '../../helpers/boot'
import { unique } from '../../helpers/content'

const { booted, actors } = bootWithRoles()
const payload = (): Payload => booted.payload
const system = { overrideAccess: true } as const

type Entry = { id: number; collection: string; docId: string; note?: string | null; publishedAt: string; by?: unknown }

const tokenOf = (actor: PolicyActor) => (actor === 'anonymous' ? undefined : actor === 'vendor' ? actors.vendorA.token : actors[actor].token)

async function entriesOf(docId: number | string, locale = 'nb'): Promise<Entry[]> {
  const { docs } = await payload().find({ collection: 'change-log', where: { docId: { equals: String(docId) } }, locale: locale as 'nb', sort: '-publishedAt', ...system })
  return docs as unknown as Entry[]
}

/** An article draft an editor wrote: the admin (a second pair of eyes) publishes it. */
async function editorDraft(title = `Artikkel ${unique()}`): Promise<number> {
  const res = await booted.api.post('/articles?draft=true', { body: { title, _status: 'draft' }, token: actors.editor.token })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number } }).doc.id
}

/** The editor sends the draft for review (the second pair of eyes), and the admin publishes it. */
async function publishAsAdmin(id: number, body: Record<string, unknown>, locale = 'nb') {
  const review = await booted.api.post('/workflow/transition', { body: { collection: 'articles', id, to: 'in-review' }, token: actors.editor.token })
  expect(review.status).toBe(200)
  return booted.api.patch(`/articles/${id}?locale=${locale}`, { body: { _status: 'published', ...body }, token: actors.admin.token })
}

const stored = async (id: number, locale: 'nb' | 'nn' | 'en' | 'all' = 'nb') =>
  (await payload().findByID({ collection: 'articles', id, draft: true, locale, ...system })) as unknown as {
    changeNote?: unknown
    minorChange?: boolean | null
    lastMajorChangeAt?: string | null
  }

describe('a publish that is not a minor change is logged with its note', () => {
  it('a major publish writes one change-log entry with the note, sets lastMajorChangeAt and clears the note', async () => {
    const id = await editorDraft()
    const before = Date.now()
    const res = await publishAsAdmin(id, { changeNote: 'Nye råd om samtykke før videokonsultasjon.' })
    expect(res.status).toBe(200)

    const entries = await entriesOf(id)
    const doc = await stored(id)
    expect(entries.map((e) => ({ collection: e.collection, note: e.note }))).toEqual([{ collection: 'articles', note: 'Nye råd om samtykke før videokonsultasjon.' }])
    expect(new Date(doc.lastMajorChangeAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(doc.lastMajorChangeAt).toBe(entries[0]!.publishedAt)
    // The next publish needs a note of its own; the log keeps this one.
    expect({ note: doc.changeNote ?? null, minor: doc.minorChange ?? false }).toEqual({ note: null, minor: false })
    const published = (await payload().findByID({ collection: 'articles', id, draft: false, ...system })) as { changeNote?: unknown }
    expect(published.changeNote ?? null).toBeNull()
  })

  it('clearing the note makes no second version: the publish is the newest version', async () => {
    const id = await editorDraft()
    await publishAsAdmin(id, { changeNote: 'Første utgave.' })
    const { docs } = await payload().findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 5, ...system })
    expect(docs[0]!.version._status).toBe('published')
    expect((docs[0]!.version as { changeNote?: unknown }).changeNote ?? null).toBeNull()
  })

  it('a minor publish writes no entry and keeps the date of the last major change', async () => {
    const id = await editorDraft()
    await publishAsAdmin(id, { changeNote: 'Første utgave.' })
    const major = (await stored(id)).lastMajorChangeAt
    await booted.api.patch(`/articles/${id}?draft=true`, { body: { title: `Rettet skrivefeil ${unique()}`, _status: 'draft' }, token: actors.editor.token })
    const res = await publishAsAdmin(id, { minorChange: true })
    expect(res.status).toBe(200)
    expect((await entriesOf(id)).length).toBe(1)
    expect((await stored(id)).lastMajorChangeAt).toBe(major)
    expect((await stored(id)).minorChange ?? false).toBe(false)
  })

  it('the note written in several languages is logged in each and cleared in all of them', async () => {
    const id = await editorDraft()
    const nn = await booted.api.patch(`/articles/${id}?draft=true&locale=nn`, { body: { title: `Nynorsk ${unique()}`, changeNote: 'Nye råd på nynorsk.', _status: 'draft' }, token: actors.editor.token })
    expect(nn.status).toBe(200)
    await publishAsAdmin(id, { changeNote: 'Nye råd på bokmål.' })
    const [nb, nnEntry] = [(await entriesOf(id, 'nb'))[0], (await entriesOf(id, 'nn'))[0]]
    expect({ nb: nb?.note, nn: nnEntry?.note }).toEqual({ nb: 'Nye råd på bokmål.', nn: 'Nye råd på nynorsk.' })
    const all = (await stored(id, 'all')).changeNote as Record<string, unknown> | null | undefined
    expect(Object.values(all ?? {}).filter(Boolean)).toEqual([])
  })

  it('a save of only a change note onto a published page (no draft, no content) publishes nothing: no entry, no new date', async () => {
    const id = await editorDraft()
    expect((await publishAsAdmin(id, { changeNote: 'Gjennomgått første versjon.' })).status).toBe(200)
    const { lastMajorChangeAt } = await stored(id)
    // One editor alone, past the second pair of eyes: a note with nothing behind it is told to no reader.
    for (const body of [{ changeNote: 'Falsk endring uten gjennomgang.' }, { changeNote: 'Falsk endring, publisert.', _status: 'published' }]) {
      const res = await booted.api.patch(`/articles/${id}`, { body, token: actors.editor.token })
      expect(res.status).toBeLessThan(500)
    }
    const entries = await entriesOf(id)
    expect({ notes: entries.map((e) => e.note), date: (await stored(id)).lastMajorChangeAt }).toEqual({ notes: ['Gjennomgått første versjon.'], date: lastMajorChangeAt })
  })

  it('a client cannot set lastMajorChangeAt', async () => {
    const id = await editorDraft()
    await publishAsAdmin(id, { changeNote: 'Første utgave.' })
    const major = (await stored(id)).lastMajorChangeAt
    expect(major).toEqual(expect.any(String))
    await booted.api.patch(`/articles/${id}?draft=true`, { body: { lastMajorChangeAt: '2001-01-01T00:00:00.000Z', _status: 'draft' }, token: actors.admin.token })
    expect((await stored(id)).lastMajorChangeAt).toBe(major)
  })
})

describe('the change log is public to read and written by nobody through an API', () => {
  let entry: Entry
  beforeAll(async () => {
    const id = await editorDraft()
    await publishAsAdmin(id, { changeNote: `Endring ${unique()}` })
    entry = (await entriesOf(id))[0]!
  })

  it.each(POLICY_ACTORS)('%s reads the entries; only staff see who published', async (actor) => {
    const res = await booted.api.get(`/change-log/${entry.id}?depth=0`, { token: tokenOf(actor) })
    const gql = await booted.api.graphql(`{ ChangeLog(id: ${entry.id}) { id note } }`, { token: tokenOf(actor) })
    const body = (await res.json()) as Entry
    const staff = actor === 'editor' || actor === 'admin'
    expect({ status: res.status, note: body.note, by: body.by !== undefined && body.by !== null, graphql: gql.body.data?.ChangeLog?.note }).toEqual({
      status: 200,
      note: entry.note,
      by: staff,
      graphql: entry.note,
    })
  })

  it.each(POLICY_ACTORS)('%s cannot create, change or delete an entry over REST or GraphQL', async (actor) => {
    const token = tokenOf(actor)
    const data = { collection: 'articles', docId: '1', publishedAt: new Date().toISOString(), note: 'Falsk endring' }
    const before = (await payload().count({ collection: 'change-log', ...system })).totalDocs
    const create = await booted.api.post('/change-log', { body: data, token })
    const update = await booted.api.patch(`/change-log/${entry.id}`, { body: { note: 'Endret notat' }, token })
    const remove = await booted.api.delete(`/change-log/${entry.id}`, { token })
    const gqlCreate = await booted.api.graphql('mutation($data: mutationChangeLogInput!) { createChangeLog(data: $data) { id } }', { variables: { data }, token })
    const gqlUpdate = await booted.api.graphql(`mutation { updateChangeLog(id: ${entry.id}, data: { note: "Endret notat" }) { id } }`, { token })
    const gqlDelete = await booted.api.graphql(`mutation { deleteChangeLog(id: ${entry.id}) { id } }`, { token })
    const after = await payload().findByID({ collection: 'change-log', id: entry.id, disableErrors: true, ...system })
    expect({
      create: create.status,
      update: update.status,
      remove: remove.status,
      graphql: [gqlCreate, gqlUpdate, gqlDelete].map((r) => Boolean(r.body.errors?.length)),
      count: (await payload().count({ collection: 'change-log', ...system })).totalDocs - before,
      note: (after as Entry | null)?.note,
    }).toEqual({ create: 403, update: 403, remove: 403, graphql: [true, true, true], count: 0, note: entry.note })
  })
})
