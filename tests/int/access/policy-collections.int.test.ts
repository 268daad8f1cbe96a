import type { CollectionSlug } from 'payload'

import { collectionMatrix, fieldMatrix, globalMatrix, jobMatrix } from '../../../src/access/matrix'
import {
  collectionPolicy,
  fieldPolicy,
  jobPolicy,
  globalPolicy,
  POLICY_ACTORS,
  reaches,
  type Cell,
  type PolicyActor,
  type PolicyOperation,
  type Target,
} from '../../fixtures/policy'
import {
  createOtherUser,
  createPolicyDocuments,
  createTarget,
  DRAFT_COLLECTIONS,
  hasDrafts,
  newData,
  PATCH_FIELD,
  targetId,
  TARGETS,
  tokenOf,
  type PolicyDocuments,
} from '../../fixtures/policyDocuments'
import { bootWithCategory } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { GLOBAL_GRAPHQL_NAMES, graphqlFor } from '../../helpers/graphql'

const { booted, actors, category, count } = bootWithCategory()
const documents: PolicyDocuments = {}

beforeAll(async () => {
  Object.assign(documents, await createPolicyDocuments(booted.payload, actors, category.id))
})

/** A matrix rule in the table's words: true `yes`, false `no`, several conditions joined by `+` in any order. */
function asCell(rule: unknown): string {
  if (rule === true) return 'yes'
  if (rule === false) return 'no'
  if (Array.isArray(rule)) return [...rule].sort().join('+')
  return String(rule)
}
const sorted = (cell: Cell) => cell.split('+').sort().join('+')

type MatrixRows = Record<string, Record<string, Record<string, unknown>>>

/** Every (name, operation, actor) of a matrix, to check that the table names each one. */
const cellsOf = (matrix: MatrixRows) =>
  Object.entries(matrix).flatMap(([name, rows]) =>
    Object.entries(rows).flatMap(([operation, row]) => Object.keys(row).map((actor) => `${name} ${operation} ${actor}`)),
  )
const cellsOfPolicy = (policy: Record<string, Partial<Record<string, Record<PolicyActor, Cell>>>>) =>
  Object.entries(policy).flatMap(([name, rows]) =>
    Object.entries(rows).flatMap(([operation, row]) => Object.keys(row!).map((actor) => `${name} ${operation} ${actor}`)),
  )

describe('the roles matrix says what the policy says', () => {
  const cases = (policy: Record<string, Partial<Record<string, Record<PolicyActor, Cell>>>>, matrix: () => MatrixRows) =>
    Object.entries(policy).flatMap(([name, rows]) =>
      Object.entries(rows).flatMap(([operation, row]) =>
        POLICY_ACTORS.map((actor) => ({ name, operation, actor, cell: row![actor], matrix })),
      ),
    )

  it.each([
    ...cases(collectionPolicy, () => collectionMatrix as unknown as MatrixRows),
    ...cases(globalPolicy, () => globalMatrix as unknown as MatrixRows),
    ...cases(fieldPolicy, () => fieldMatrix as unknown as MatrixRows),
    ...cases(jobPolicy, () => ({ 'payload-jobs': jobMatrix }) as unknown as MatrixRows),
  ])('$name $operation for $actor is $cell', ({ name, operation, actor, cell, matrix }) => {
    expect({ name, operation, actor, rule: asCell(matrix()[name]?.[operation]?.[actor]) }).toEqual({ name, operation, actor, rule: sorted(cell) })
  })

  it.each([
    ['collection', () => cellsOf(collectionMatrix as unknown as MatrixRows), () => cellsOfPolicy(collectionPolicy)],
    ['global', () => cellsOf(globalMatrix as unknown as MatrixRows), () => cellsOfPolicy(globalPolicy)],
    ['field', () => cellsOf(fieldMatrix as unknown as MatrixRows), () => cellsOfPolicy(fieldPolicy)],
    ['job', () => cellsOf({ 'payload-jobs': jobMatrix } as unknown as MatrixRows), () => cellsOfPolicy(jobPolicy)],
  ])('every %s cell of the matrix is in the policy table', (_kind, inMatrix, inPolicy) => {
    expect(inMatrix().sort()).toEqual(inPolicy().sort())
  })
})

/** The driven collections: those with REST and GraphQL routes and documents of their own. */
const DRIVEN = Object.keys(TARGETS)
const cell = (slug: string, operation: PolicyOperation, actor: PolicyActor): Cell => collectionPolicy[slug]![operation][actor]

/** Every (collection, actor, target) the actor can name: anonymous has no own account. */
const targetCases = (slugs: string[], skip: (slug: string, actor: PolicyActor, target: Target) => boolean = () => false) =>
  slugs.flatMap((slug) =>
    POLICY_ACTORS.flatMap((actor) =>
      TARGETS[slug]!.filter((target) => !(actor === 'anonymous' && target === 'self') && !skip(slug, actor, target)).map((target) => ({
        slug,
        actor,
        target,
      })),
    ),
  )

const query = (ids: (number | string)[]) => ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(String(id))}`).join('&')

describe.each(DRIVEN)('read %s', (slug) => {
  it.each(targetCases([slug]))('$actor reads a $target document as the policy says ($slug)', async ({ actor, target }) => {
    const rule = cell(slug, 'read', actor)
    const id = targetId(documents, actors, slug, target, actor)
    const token = tokenOf(actors, actor)
    const gql = graphqlFor(booted.api, slug)

    const byId = await booted.api.get(`/${slug}/${id}`, { token })
    const list = await booted.api.get(`/${slug}?limit=100&sort=-createdAt`, { token })
    const whereIn = await booted.api.get(`/${slug}?${query([id])}`, { token })
    const listed = async (response: Response) => ((await response.json()) as { docs?: { id: unknown }[] }).docs?.some((d) => String(d.id) === String(id))
    const gqlOne = await gql.byId(id, 'id', token)
    const gqlList = await gql.listIds([id], token)

    const sees = reaches(rule, target)
    expect({
      byId: byId.status,
      list: list.status,
      listed: list.ok ? await listed(list) : false,
      whereIn: whereIn.status,
      whereInListed: whereIn.ok ? await listed(whereIn) : false,
      graphqlOne: gqlOne.ok,
      graphqlList: gqlList.ids.includes(String(id)),
    }).toEqual({
      byId: sees ? 200 : rule === 'no' ? 403 : 404,
      list: rule === 'no' ? 403 : 200,
      listed: sees,
      whereIn: rule === 'no' ? 403 : 200,
      whereInListed: sees,
      graphqlOne: sees,
      graphqlList: sees,
    })
  })
})

/** The stored value of the patched field: the newest version for drafts-enabled collections. */
async function storedField(slug: string, id: number | string): Promise<unknown> {
  const doc = await booted.payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, draft: hasDrafts(slug), disableErrors: true })
  return (doc as Record<string, unknown> | null)?.[PATCH_FIELD[slug]!]
}

/** A new document of the acting vendor's organisation A: an invitation to A, a review comment on A's entry. */
const ownRefs = () => ({ organisation: actors.vendorA.organisation, vendorEntry: documents.vendors!.ownDraft })

describe.each(DRIVEN.filter((slug) => slug !== 'media'))('create %s', (slug) => {
  it.each(POLICY_ACTORS)('%s creates as the policy says', async (actor) => {
    const may = cell(slug, 'create', actor) !== 'no'
    const token = tokenOf(actors, actor)
    const before = await count(slug as CollectionSlug)
    const rest = await booted.api.post(`/${slug}`, { body: newData(slug, category.id, ownRefs()), token })
    const gql = await graphqlFor(booted.api, slug).create(newData(slug, category.id, ownRefs()), token)
    expect({ rest: rest.status, graphql: gql.ok, stored: (await count(slug as CollectionSlug)) - before }).toEqual({
      rest: may ? 201 : 403,
      graphql: may,
      stored: may ? 2 : 0,
    })
  })
})

describe('create media (an upload: REST only, GraphQL has no file input)', () => {
  it.each(POLICY_ACTORS)('%s uploads as the policy says', async (actor) => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `opplast-${unique()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Et bilde' }))
    const before = await count('media')
    const response = await booted.api.post('/media', { raw: form, token: tokenOf(actors, actor) })
    const may = cell('media', 'create', actor) !== 'no'
    expect({ status: response.status, stored: (await count('media')) - before }).toEqual({ status: may ? 201 : 403, stored: may ? 1 : 0 })
  })
})

describe.each(DRIVEN)('update %s', (slug) => {
  // Saved as drafts where the collection has them: publishing is its own cell (policy-publish.int.test.ts).
  const draft = hasDrafts(slug) ? '?draft=true' : ''
  it.each(targetCases([slug]))('$actor updates a $target document as the policy says ($slug)', async ({ actor, target }) => {
    const may = reaches(cell(slug, 'update', actor), target)
    const id = targetId(documents, actors, slug, target, actor)
    const token = tokenOf(actors, actor)
    const field = PATCH_FIELD[slug]!
    const before = await storedField(slug, id)

    const restValue = `REST ${unique()}`
    const rest = await booted.api.patch(`/${slug}/${id}${draft}`, { body: { [field]: restValue }, token })
    const afterRest = await storedField(slug, id)
    const gqlValue = `GraphQL ${unique()}`
    const gql = await graphqlFor(booted.api, slug).update(id, { [field]: gqlValue }, token, hasDrafts(slug) ? true : undefined)
    const afterGraphql = await storedField(slug, id)

    expect({ rest: rest.status, afterRest, graphql: gql.ok, afterGraphql }).toEqual({
      rest: may ? 200 : 403,
      afterRest: may ? restValue : before,
      graphql: may,
      afterGraphql: may ? gqlValue : before,
    })
  })
})

/** A fresh document to delete: deleting the shared ones would take them from the other cells. */
async function freshTarget(slug: string, target: Target) {
  if (slug === 'users') return createOtherUser(booted.payload)
  return createTarget(booted.payload, actors, category.id, slug, target)
}

describe.each(DRIVEN)('delete %s', (slug) => {
  // Never the own account or the own organisation: the fixtures live on.
  const cases = targetCases([slug], (_s, _a, target) => target === 'self' || target === 'ownOrg')
  it.each(cases)('$actor deletes a $target document as the policy says ($slug)', async ({ actor, target }) => {
    // Deleting a published document takes it from the public: that is a publish too.
    const publishes = target === 'published' || target === 'ownPublished' || target === 'otherPublished'
    const may = reaches(cell(slug, 'delete', actor), target) && (!publishes || reaches(cell(slug, 'publish', actor), target))
    const token = tokenOf(actors, actor)
    const exists = async (id: number | string) =>
      (await booted.payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, disableErrors: true })) !== null

    const restTarget = await freshTarget(slug, target)
    const rest = await booted.api.delete(`/${slug}/${restTarget}`, { token })
    const gqlTarget = await freshTarget(slug, target)
    const gql = await graphqlFor(booted.api, slug).delete(gqlTarget, token)

    expect({ rest: rest.status, restKept: await exists(restTarget), graphql: gql.ok, graphqlKept: await exists(gqlTarget) }).toEqual({
      rest: may ? 200 : 403,
      restKept: !may,
      graphql: may,
      graphqlKept: !may,
    })
  })
})

describe.each([...DRAFT_COLLECTIONS])('read versions of %s', (slug) => {
  it.each(POLICY_ACTORS)('%s reads the versions the policy says', async (actor) => {
    const rule = cell(slug, 'readVersions', actor)
    const token = tokenOf(actors, actor)
    const targets = TARGETS[slug]!
    const ids = targets.map((target) => String(documents[slug]![target]))
    const parentQuery = ids.map((id, i) => `where[parent][in][${i}]=${id}`).join('&')

    const rest = await booted.api.get(`/${slug}/versions?limit=500&depth=0&${parentQuery}`, { token })
    const restParents = rest.ok ? ((await rest.json()) as { docs: { parent: unknown }[] }).docs.map((d) => String(d.parent)) : []
    const gql = await graphqlFor(booted.api, slug).versionParents(token)

    const expected = targets.filter((target) => reaches(rule, target)).map((target) => String(documents[slug]![target]))
    const among = (parents: string[]) => ids.filter((id) => parents.includes(id))
    expect({ rest: rest.status, restParents: among(restParents), graphql: gql.ok || rule !== 'no', graphqlParents: among(gql.parents) }).toEqual({
      rest: rule === 'no' ? 403 : 200,
      restParents: expected,
      graphql: rule !== 'no',
      graphqlParents: expected,
    })
  })

  it.each(targetCases([slug]))('$actor reads one version of a $target document as the policy says ($slug)', async ({ actor, target }) => {
    const rule = cell(slug, 'readVersions', actor)
    const parent = documents[slug]![target]!
    const { docs } = await booted.payload.findVersions({ collection: slug as CollectionSlug, where: { parent: { equals: parent } }, limit: 1, overrideAccess: true })
    const response = await booted.api.get(`/${slug}/versions/${docs[0]!.id}`, { token: tokenOf(actors, actor) })
    const gql = await graphqlFor(booted.api, slug).versionById(docs[0]!.id, tokenOf(actors, actor))
    expect({ rest: response.status, graphql: gql.ok }).toEqual({ rest: reaches(rule, target) ? 200 : 403, graphql: reaches(rule, target) })
  })
})

describe('users: unlock and the admin panel', () => {
  it.each(POLICY_ACTORS)('%s unlocks an account as the policy says', async (actor) => {
    const may = cell('users', 'unlock', actor) !== 'no'
    const token = tokenOf(actors, actor)
    const lockedUntil = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    const lock = async () => {
      const id = await createOtherUser(booted.payload)
      await booted.payload.update({ collection: 'users', id, data: { loginAttempts: 5, lockUntil: lockedUntil } as never, overrideAccess: true })
      return (await booted.payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true })) as { id: number; email: string }
    }
    const isLocked = async (id: number) =>
      Boolean(((await booted.payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true })) as { lockUntil?: string }).lockUntil)

    const restUser = await lock()
    const rest = await booted.api.post('/users/unlock', { body: { email: restUser.email }, token })
    const gqlUser = await lock()
    const gql = await booted.api.graphql('mutation($email: String!) { unlockUser(email: $email) }', { variables: { email: gqlUser.email }, token })

    expect({ rest: rest.status, restLocked: await isLocked(restUser.id), graphql: !gql.body.errors?.length, graphqlLocked: await isLocked(gqlUser.id) }).toEqual({
      rest: may ? 200 : 403,
      restLocked: !may,
      graphql: may,
      graphqlLocked: !may,
    })
  })

  it.each(POLICY_ACTORS)('%s opens the admin panel as the policy says', async (actor) => {
    const rest = (await (await booted.api.get('/access', { token: tokenOf(actors, actor) })).json()) as { canAccessAdmin?: boolean }
    const gql = await booted.api.graphql('{ Access { canAccessAdmin } }', { token: tokenOf(actors, actor) })
    const may = cell('users', 'admin', actor) !== 'no'
    expect({ rest: rest.canAccessAdmin === true, graphql: gql.body.data?.Access?.canAccessAdmin === true }).toEqual({ rest: may, graphql: may })
  })
})

const GLOBAL_PATCH: Record<string, string> = { 'site-settings': 'siteName', navigation: 'footerText' }

describe.each(Object.keys(globalPolicy))('global %s', (slug) => {
  const names = GLOBAL_GRAPHQL_NAMES[slug]!
  const field = GLOBAL_PATCH[slug]!
  const stored = async () => ((await booted.payload.findGlobal({ slug: slug as never, overrideAccess: true })) as Record<string, unknown>)[field]

  // GraphQL's input type makes the required group (the standing disclaimers) required in every update.
  const base: Record<string, unknown> =
    slug === 'site-settings'
      ? { siteName: 'Videoveileder', reconfirmMonths: 12, disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } }
      : {}

  beforeAll(async () => {
    await booted.payload.updateGlobal({ slug: slug as never, data: { ...base, [field]: 'Før' } as never, overrideAccess: true })
  })

  it.each(POLICY_ACTORS)('%s reads, updates and reads the versions as the policy says', async (actor) => {
    const rules = globalPolicy[slug]!
    const token = tokenOf(actors, actor)
    const before = await stored()

    const read = await booted.api.get(`/globals/${slug}`, { token })
    const gqlRead = await booted.api.graphql(`{ ${names.one} { ${field} } }`, { token })
    const restValue = `REST ${unique()}`
    const update = await booted.api.post(`/globals/${slug}`, { body: { [field]: restValue }, token })
    const afterRest = await stored()
    const gqlValue = `GraphQL ${unique()}`
    const gqlUpdate = await booted.api.graphql(`mutation($data: mutation${names.one}Input!) { ${names.update}(data: $data) { ${field} } }`, {
      variables: { data: { ...base, [field]: gqlValue } },
      token,
    })
    const afterGraphql = await stored()
    const versions = await booted.api.get(`/globals/${slug}/versions`, { token })
    const gqlVersions = await booted.api.graphql(`{ ${names.versions} { docs { id } } }`, { token })

    const may = (operation: 'read' | 'update' | 'readVersions') => rules[operation][actor] === 'yes'
    expect({
      read: read.status,
      graphqlRead: !gqlRead.body.errors?.length,
      update: update.status,
      afterRest,
      graphqlUpdate: !gqlUpdate.body.errors?.length,
      afterGraphql,
      versions: versions.status,
      graphqlVersions: !gqlVersions.body.errors?.length,
    }).toEqual({
      read: may('read') ? 200 : 403,
      graphqlRead: may('read'),
      update: may('update') ? 200 : 403,
      afterRest: may('update') ? restValue : before,
      graphqlUpdate: may('update'),
      afterGraphql: may('update') ? gqlValue : before,
      versions: may('readVersions') ? 200 : 403,
      graphqlVersions: may('readVersions'),
    })
  })
})
