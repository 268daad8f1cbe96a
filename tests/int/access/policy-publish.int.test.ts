import type { CollectionSlug } from 'payload'

import { collectionPolicy, POLICY_ACTORS, reaches, type PolicyActor, type Target } from '../../fixtures/policy'
import { createTarget, DRAFT_COLLECTIONS, newData, PATCH_FIELD, tokenOf } from '../../fixtures/policyDocuments'
import { createOrganisation, FIXTURE_PASSWORD } from '../../fixtures/users'
import { bootWithCategory } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { graphqlFor } from '../../helpers/graphql'
import { setSecondPairOfEyes } from '../../helpers/workflow'

const { booted, actors, category, count } = bootWithCategory()

// The publish cell is who may publish at all. The review workflow's own rules (the second pair of eyes: a
// document in review, published by someone who did not change it) are tests/int/workflow's; here the site runs
// with that setting off, and every publish carries the change note a publish needs.
beforeAll(() => setSecondPairOfEyes(booted.payload, false))
const NOTE = { changeNote: 'Prøveendring' }

type Id = number | string
type Doc = Record<string, unknown> & { _status?: string; owner?: unknown }

/** The main document as stored (what the public sees once it is published), and the newest version (a draft, maybe). */
const mainDoc = async (slug: string, id: Id) =>
  (await booted.payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, draft: false, depth: 0, disableErrors: true })) as Doc | null
const newest = async (slug: string, id: Id) =>
  (await booted.payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, draft: true, depth: 0, disableErrors: true })) as Doc | null

/** The acting vendor works on its own organisation's entries; for the other collections the target is the document. */
const draftTarget = (slug: string): Target => (slug === 'vendors' ? 'ownDraft' : 'draft')
const publishedTarget = (slug: string): Target => (slug === 'vendors' ? 'ownPublished' : 'published')

/** Whether an actor may make this change to what the public sees: the `update` cell reaches the document, and `publish`. */
const mayPublish = (slug: string, actor: PolicyActor, target: Target) =>
  reaches(collectionPolicy[slug]!.update[actor], target) && reaches(collectionPolicy[slug]!.publish[actor], target)

const fresh = (slug: string, target: Target) => createTarget(booted.payload, actors, category.id, slug, target)

const cases = DRAFT_COLLECTIONS.flatMap((slug) => POLICY_ACTORS.map((actor) => ({ slug, actor })))

describe('publishing: every change to what the public sees follows the publish cell', () => {
  it.each(cases)('$actor publishes a draft of $slug (update with _status published) as the policy says', async ({ slug, actor }) => {
    const may = mayPublish(slug, actor, draftTarget(slug))
    const token = tokenOf(actors, actor)
    const restId = await fresh(slug, draftTarget(slug))
    const rest = await booted.api.patch(`/${slug}/${restId}`, { body: { _status: 'published', ...NOTE }, token })
    const gqlId = await fresh(slug, draftTarget(slug))
    const gql = await graphqlFor(booted.api, slug).update(gqlId, { _status: 'published', ...NOTE }, token)
    expect({ rest: rest.status, restStatus: (await mainDoc(slug, restId))?._status, graphql: gql.ok, graphqlStatus: (await mainDoc(slug, gqlId))?._status }).toEqual({
      rest: may ? 200 : 403,
      restStatus: may ? 'published' : 'draft',
      graphql: may,
      graphqlStatus: may ? 'published' : 'draft',
    })
  })

  it.each(cases)('$actor creates a published $slug document as the policy says', async ({ slug, actor }) => {
    const create = collectionPolicy[slug]!.create[actor]
    const may = create !== 'no' && collectionPolicy[slug]!.publish[actor] === 'yes'
    const token = tokenOf(actors, actor)
    const before = await count(slug as CollectionSlug)
    const rest = await booted.api.post(`/${slug}`, { body: { ...newData(slug, category.id), _status: 'published', ...NOTE }, token })
    const gql = await graphqlFor(booted.api, slug).create({ ...newData(slug, category.id), _status: 'published', ...NOTE }, token)
    const published = await booted.payload.count({ collection: slug as CollectionSlug, overrideAccess: true, where: { _status: { equals: 'published' } } })
    expect({ rest: rest.status, graphql: gql.ok, stored: (await count(slug as CollectionSlug)) - before }).toEqual({
      rest: may ? 201 : 403,
      graphql: may,
      stored: may ? 2 : 0,
    })
    if (may) expect(published.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it.each(cases)('$actor unpublishes a published $slug document as the policy says', async ({ slug, actor }) => {
    const may = mayPublish(slug, actor, publishedTarget(slug))
    const token = tokenOf(actors, actor)
    const restId = await fresh(slug, publishedTarget(slug))
    const rest = await booted.api.patch(`/${slug}/${restId}`, { body: { _status: 'draft' }, token })
    const gqlId = await fresh(slug, publishedTarget(slug))
    const gql = await graphqlFor(booted.api, slug).update(gqlId, { _status: 'draft' }, token)
    expect({ rest: rest.status, restStatus: (await mainDoc(slug, restId))?._status, graphql: gql.ok, graphqlStatus: (await mainDoc(slug, gqlId))?._status }).toEqual({
      rest: may ? 200 : 403,
      restStatus: may ? 'draft' : 'published',
      graphql: may,
      graphqlStatus: may ? 'draft' : 'published',
    })
  })

  it.each(cases)('$actor changes a published $slug document without draft: true as the policy says', async ({ slug, actor }) => {
    const may = mayPublish(slug, actor, publishedTarget(slug))
    const token = tokenOf(actors, actor)
    const field = PATCH_FIELD[slug]!
    const restId = await fresh(slug, publishedTarget(slug))
    const rest = await booted.api.patch(`/${slug}/${restId}`, { body: { [field]: 'Endret offentlig', ...NOTE }, token })
    const gqlId = await fresh(slug, publishedTarget(slug))
    const gql = await graphqlFor(booted.api, slug).update(gqlId, { [field]: 'Endret offentlig', ...NOTE }, token)
    const shown = async (id: Id) => {
      const doc = await mainDoc(slug, id)
      return { status: doc?._status, changed: doc?.[field] === 'Endret offentlig' }
    }
    expect({ rest: rest.status, restShown: await shown(restId), graphql: gql.ok, graphqlShown: await shown(gqlId) }).toEqual({
      rest: may ? 200 : 403,
      restShown: { status: 'published', changed: may },
      graphql: may,
      graphqlShown: { status: 'published', changed: may },
    })
  })

  it.each(cases)('$actor saves a draft over a published $slug document: not a publish, the public keeps the published version', async ({ slug, actor }) => {
    const may = reaches(collectionPolicy[slug]!.update[actor], publishedTarget(slug))
    const token = tokenOf(actors, actor)
    const field = PATCH_FIELD[slug]!
    const id = await fresh(slug, publishedTarget(slug))
    const published = await mainDoc(slug, id)
    const rest = await booted.api.patch(`/${slug}/${id}?draft=true`, { body: { [field]: 'Utkast' }, token })
    const gql = await graphqlFor(booted.api, slug).update(id, { [field]: 'Utkast 2' }, token, true)
    const publicView = await booted.api.get(`/${slug}/${id}`)
    const seen = (await publicView.json()) as Doc
    expect({ rest: rest.status, graphql: gql.ok, draft: (await newest(slug, id))?.[field] ?? null, publicStatus: publicView.status, publicField: seen[field] ?? null }).toEqual({
      rest: may ? 200 : 403,
      graphql: may,
      draft: may ? 'Utkast 2' : (published?.[field] ?? null),
      publicStatus: 200,
      publicField: published?.[field] ?? null,
    })
  })

  it.each(cases)('$actor deletes a published $slug document (a publish) as the policy says', async ({ slug, actor }) => {
    const may = reaches(collectionPolicy[slug]!.delete[actor], publishedTarget(slug)) && collectionPolicy[slug]!.publish[actor] === 'yes'
    const token = tokenOf(actors, actor)
    const restId = await fresh(slug, publishedTarget(slug))
    const rest = await booted.api.delete(`/${slug}/${restId}`, { token })
    const gqlId = await fresh(slug, publishedTarget(slug))
    const gql = await graphqlFor(booted.api, slug).delete(gqlId, token)
    expect({ rest: rest.status, restKept: (await mainDoc(slug, restId)) !== null, graphql: gql.ok, graphqlKept: (await mainDoc(slug, gqlId)) !== null }).toEqual({
      rest: may ? 200 : 403,
      restKept: !may,
      graphql: may,
      graphqlKept: !may,
    })
  })

  it.each(cases)('$actor restores a version of a $slug document as the policy says', async ({ slug, actor }) => {
    const may = mayPublish(slug, actor, publishedTarget(slug))
    const token = tokenOf(actors, actor)
    const field = PATCH_FIELD[slug]!
    /** A published document changed once since: restoring its first version brings the old text back as a new draft. */
    const withHistory = async () => {
      const id = await fresh(slug, publishedTarget(slug))
      await booted.payload.update({ collection: slug as CollectionSlug, id, data: { [field]: 'Ny tekst' } as never, overrideAccess: true })
      const { docs } = await booted.payload.findVersions({ collection: slug as CollectionSlug, where: { parent: { equals: id } }, sort: 'createdAt', limit: 1, overrideAccess: true })
      return { id, version: docs[0]!.id }
    }
    // A restore is a new draft that goes through review (src/versionRestore/): the public keeps the published text.
    const restored = async (id: Id) => (await newest(slug, id))?.[field] !== 'Ny tekst'
    const publicKept = async (id: Id) => (await mainDoc(slug, id))?.[field] === 'Ny tekst'

    const restDoc = await withHistory()
    const rest = await booted.api.post(`/${slug}/versions/${restDoc.version}`, { token })
    const gqlDoc = await withHistory()
    const gql = await graphqlFor(booted.api, slug).restoreVersion(gqlDoc.version, token, true)
    expect({
      rest: rest.status,
      restRestored: await restored(restDoc.id),
      graphql: gql.ok,
      graphqlRestored: await restored(gqlDoc.id),
      publicKept: (await publicKept(restDoc.id)) && (await publicKept(gqlDoc.id)),
    }).toEqual({
      rest: may ? 200 : 403,
      restRestored: may,
      graphql: may,
      graphqlRestored: may,
      publicKept: true,
    })
  })
})

describe("a scheduled publish (Payload's schedulePublish job, articles) follows the publish cell of whoever scheduled it", () => {
  // Nobody anonymous can queue a job (payload-jobs is closed); a job without a user is the system's.
  it.each(['vendor', 'editor', 'admin'] as const)('a publish scheduled by %s runs as the policy says', async (actor) => {
    const may = mayPublish('articles', actor, 'draft')
    const id = await fresh('articles', 'draft')
    // The editor writes the change note in the draft before scheduling; the job publishes the draft as it is.
    await booted.payload.update({ collection: 'articles', id, data: NOTE as never, draft: true, overrideAccess: true })
    const userId = actor === 'vendor' ? actors.vendorA.id : actors[actor].id
    // Payload adds the schedulePublish task itself, so the generated types do not name it.
    const queue = booted.payload.jobs.queue as (args: { task: string; input: unknown }) => Promise<{ id: Id }>
    const job = await queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: userId } },
    })
    await booted.payload.jobs.run()
    // Payload deletes a job that completed; one that failed stays with its error.
    const ran = (await booted.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true })) as {
      hasError?: boolean
      error?: { message?: string } | null
    } | null
    // The job ran (the task is registered) and failed only because the save was refused.
    expect({ status: (await mainDoc('articles', id))?._status, failed: Boolean(ran?.hasError), error: ran?.error?.message ?? '' }).toEqual({
      status: may ? 'published' : 'draft',
      failed: !may,
      error: may ? '' : expect.stringMatching(/tillatelse|publiser/i),
    })
  })
})

describe('the owner of a vendor entry: a vendor works only in its own organisation', () => {
  const ownerOf = async (id: Id) => String((await newest('vendors', id))?.owner)
  const orgA = () => String(actors.vendorA.organisation)
  const orgB = () => String(actors.vendorB.organisation)
  const gql = () => graphqlFor(booted.api, 'vendors')
  const createdId = async (response: Response) => ((await response.json()) as { doc?: { id: Id } }).doc?.id

  it('a vendor that names no owner creates an entry of its own organisation (REST and GraphQL)', async () => {
    const rest = await booted.api.post('/vendors', { body: newData('vendors', category.id), token: actors.vendorA.token })
    expect(rest.status).toBe(201)
    const viaGraphql = await gql().create(newData('vendors', category.id), actors.vendorA.token)
    expect(viaGraphql.ok).toBe(true)
    expect([await ownerOf((await createdId(rest))!), await ownerOf(viaGraphql.data.id)]).toEqual([orgA(), orgA()])
  })

  it('a vendor may name its own organisation as the owner', async () => {
    const rest = await booted.api.post('/vendors', { body: { ...newData('vendors', category.id), owner: actors.vendorA.organisation }, token: actors.vendorA.token })
    expect(rest.status).toBe(201)
    expect(await ownerOf((await createdId(rest))!)).toBe(orgA())
  })

  it('a vendor that names another organisation is refused (403) and nothing is stored', async () => {
    const before = await count('vendors')
    const rest = await booted.api.post('/vendors', { body: { ...newData('vendors', category.id), owner: actors.vendorB.organisation }, token: actors.vendorA.token })
    const viaGraphql = await gql().create({ ...newData('vendors', category.id), owner: actors.vendorB.organisation }, actors.vendorA.token)
    expect({ rest: rest.status, graphql: viaGraphql.ok, stored: (await count('vendors')) - before }).toEqual({ rest: 403, graphql: false, stored: 0 })
  })

  it('a vendor cannot move its entry to another organisation (403, owner unchanged)', async () => {
    const id = await createTarget(booted.payload, actors, category.id, 'vendors', 'ownDraft')
    const rest = await booted.api.patch(`/vendors/${id}?draft=true`, { body: { owner: actors.vendorB.organisation }, token: actors.vendorA.token })
    const viaGraphql = await gql().update(id, { owner: actors.vendorB.organisation }, actors.vendorA.token, true)
    expect({ rest: rest.status, graphql: viaGraphql.ok, owner: await ownerOf(id), main: String((await mainDoc('vendors', id))?.owner) }).toEqual({
      rest: 403,
      graphql: false,
      owner: orgA(),
      main: orgA(),
    })
  })

  it('a vendor saving its entry with its own organisation as owner is not refused', async () => {
    const id = await createTarget(booted.payload, actors, category.id, 'vendors', 'ownDraft')
    const rest = await booted.api.patch(`/vendors/${id}?draft=true`, { body: { owner: actors.vendorA.organisation, shortDescription: 'Egen' }, token: actors.vendorA.token })
    expect(rest.status).toBe(200)
    expect(await ownerOf(id)).toBe(orgA())
  })

  it.each(['editor', 'admin'] as const)('%s creates an entry for any organisation and moves it to another', async (actor) => {
    const token = actors[actor].token
    const rest = await booted.api.post('/vendors', { body: { ...newData('vendors', category.id), owner: actors.vendorB.organisation }, token })
    expect(rest.status).toBe(201)
    const id = (await createdId(rest))!
    expect(await ownerOf(id)).toBe(orgB())
    const moved = await booted.api.patch(`/vendors/${id}?draft=true`, { body: { owner: actors.vendorA.organisation }, token })
    expect(moved.status).toBe(200)
    expect(await ownerOf(id)).toBe(orgA())
  })

  it('a vendor with no organisation owns nothing: it cannot create, and reads only what is published', async () => {
    const email = `ohne-${unique()}@test.videoveileder.no`
    await booted.payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name: 'Uten organisasjon', roles: ['vendor'] } as never, overrideAccess: true })
    const token = await booted.api.login(email, FIXTURE_PASSWORD)
    const draftOfA = await createTarget(booted.payload, actors, category.id, 'vendors', 'ownDraft')
    const before = await count('vendors')
    const create = await booted.api.post('/vendors', { body: newData('vendors', category.id), token })
    const read = await booted.api.get(`/vendors/${draftOfA}`, { token })
    const versions = await booted.api.get(`/vendors/versions?where[parent][equals]=${draftOfA}`, { token })
    const versionDocs = versions.ok ? ((await versions.json()) as { docs: unknown[] }).docs : []
    expect({ create: create.status, stored: (await count('vendors')) - before, read: read.status, versions: versionDocs.length }).toEqual({
      create: 403,
      stored: 0,
      read: 404,
      versions: 0,
    })
  })

  it('an organisation of its own does not make another vendor organisation’s member an owner', async () => {
    // vendorB's organisation owns entries too; vendorA reaches none of them, whatever it asks.
    const other = await createOrganisation(booted.payload)
    const id = (await booted.payload.create({ collection: 'vendors', data: { ...newData('vendors', category.id), owner: other.id } as never, draft: true, overrideAccess: true })).id
    const token = actors.vendorA.token
    const statuses = [
      (await booted.api.get(`/vendors/${id}`, { token })).status,
      (await booted.api.patch(`/vendors/${id}?draft=true`, { body: { shortDescription: 'Tatt' }, token })).status,
      (await booted.api.delete(`/vendors/${id}`, { token })).status,
    ]
    expect(statuses).toEqual([404, 403, 403])
    expect((await newest('vendors', id))?.shortDescription ?? null).toBeNull()
  })
})
