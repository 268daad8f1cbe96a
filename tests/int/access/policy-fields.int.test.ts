import type { CollectionSlug } from 'payload'

import { collectionPolicy, fieldPolicy, POLICY_ACTORS, reaches, type PolicyActor, type Target } from '../../fixtures/policy'
import { actorKey, createTarget, newData, tokenOf } from '../../fixtures/policyDocuments'
import { FIXTURE_PASSWORD } from '../../fixtures/users'
import { bootWithCategory } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { graphqlFor } from '../../helpers/graphql'

const { booted, actors, category } = bootWithCategory()

type Id = number | string
type Doc = Record<string, unknown>

/** How each field row is driven: the documents it is read on, how it shows in GraphQL, and what has a value. */
type FieldSpec = {
  collection: string
  field: string
  /** The GraphQL selection that reads the field (a hidden field is not in the schema: the query is refused). */
  selection: string
  targets: Target[]
}

const FIELDS: Record<string, FieldSpec> = {
  'users.roles': { collection: 'users', field: 'roles', selection: 'roles', targets: ['self', 'otherUser'] },
  'users.organisation': { collection: 'users', field: 'organisation', selection: 'organisation { id }', targets: ['self', 'otherUser'] },
  'vendors.owner': { collection: 'vendors', field: 'owner', selection: 'owner { id }', targets: ['ownPublished', 'otherPublished', 'ownDraft'] },
  'vendors.reviewNote': { collection: 'vendors', field: 'reviewNote', selection: 'reviewNote', targets: ['ownPublished', 'otherPublished', 'ownDraft'] },
  'vendors.nextReviewAt': { collection: 'vendors', field: 'nextReviewAt', selection: 'nextReviewAt', targets: ['ownPublished', 'otherPublished', 'ownDraft'] },
  'vendor-invitations.owner': { collection: 'vendor-invitations', field: 'owner', selection: 'owner { id }', targets: ['ownDoc', 'otherDoc'] },
  'vendor-invitations.tokenHash': { collection: 'vendor-invitations', field: 'tokenHash', selection: 'tokenHash', targets: ['ownDoc', 'otherDoc'] },
  'tariffs.reviewNote': { collection: 'tariffs', field: 'reviewNote', selection: 'reviewNote', targets: ['published', 'draft'] },
  'articles.owner': { collection: 'articles', field: 'owner', selection: 'owner { id }', targets: ['published', 'draft'] },
  'vendor-organisations.members': { collection: 'vendor-organisations', field: 'members', selection: 'members { docs { id } }', targets: ['ownOrg', 'otherOrg'] },
}

const documents: Record<string, Partial<Record<Target, Id>>> = {}

/** Documents whose restricted fields all hold a value, so that a missing one can only mean it is hidden. */
beforeAll(async () => {
  const payload = booted.payload
  const withValues = async (slug: string, target: Target, data: Doc) => {
    const id = await createTarget(payload, actors, category.id, slug, target)
    // Saved on the document itself (not as a newer draft), so that a read by id finds the value.
    await payload.update({ collection: slug as CollectionSlug, id, data: data as never, overrideAccess: true })
    return id
  }
  documents.vendors = {}
  for (const target of ['ownPublished', 'otherPublished', 'ownDraft'] as Target[])
    documents.vendors[target] = await withValues('vendors', target, { reviewNote: 'Sjekk typen', nextReviewAt: '2027-06-01T00:00:00.000Z' })
  documents.tariffs = {}
  for (const target of ['published', 'draft'] as Target[]) documents.tariffs[target] = await withValues('tariffs', target, { reviewNote: 'Sjekk datoen' })
  documents.articles = {}
  for (const target of ['published', 'draft'] as Target[]) documents.articles[target] = await withValues('articles', target, { owner: actors.editor.id })
  // vendorB is the other user: a vendor with roles and an organisation, both with a value.
  documents.users = { otherUser: actors.vendorB.id }
  documents['vendor-organisations'] = { ownOrg: actors.vendorA.organisation, otherOrg: actors.vendorB.organisation }
  // Invitations to A and to B, each with a token hash as the invitation mail task leaves it.
  documents['vendor-invitations'] = {}
  for (const target of ['ownDoc', 'otherDoc'] as Target[]) documents['vendor-invitations'][target] = await withValues('vendor-invitations', target, { tokenHash: unique().repeat(8) })
})

const idOf = (spec: FieldSpec, target: Target, actor: PolicyActor): Id =>
  target === 'self' ? actors[actorKey(actor as Exclude<PolicyActor, 'anonymous'>)].id : documents[spec.collection]![target]!

const readCases = Object.entries(FIELDS).flatMap(([key, spec]) =>
  POLICY_ACTORS.flatMap((actor) =>
    spec.targets.filter((target) => !(actor === 'anonymous' && target === 'self')).map((target) => ({ key, actor, target })),
  ),
)

describe('field rows: who reads a restricted field', () => {
  it.each(readCases)('$actor reads $key on a $target document as the policy says', async ({ key, actor, target }) => {
    const spec = FIELDS[key]!
    const readsDocument = reaches(collectionPolicy[spec.collection]!.read[actor], target)
    const readsField = readsDocument && reaches(fieldPolicy[key]!.read![actor], target)
    const id = idOf(spec, target, actor)
    const token = tokenOf(actors, actor)

    const rest = await booted.api.get(`/${spec.collection}/${id}?depth=1`, { token })
    const restDoc = rest.ok ? ((await rest.json()) as Doc) : {}
    const gql = await graphqlFor(booted.api, spec.collection).byId(id, `id ${spec.selection}`, token)
    const gqlValue = gql.data?.[spec.field] ?? null
    // A join's answer without documents ({ docs: [] }) names no member: it reads nothing of the field.
    const present = (value: unknown) =>
      value !== undefined &&
      value !== null &&
      !(Array.isArray(value) && value.length === 0) &&
      !(typeof value === 'object' && Array.isArray((value as { docs?: unknown[] }).docs) && (value as { docs: unknown[] }).docs.length === 0)
    // GraphQL answers null both for a hidden field and for an empty one (the own account of staff has no organisation).
    const stored = await booted.payload.findByID({ collection: spec.collection as CollectionSlug, id, overrideAccess: true, depth: 0, showHiddenFields: true })
    const hasValue = present((stored as unknown as Doc)[spec.field])

    expect({ rest: rest.ok, restField: spec.field in restDoc, graphql: present(gqlValue) }).toEqual({
      rest: readsDocument,
      restField: readsField,
      graphql: readsField && hasValue,
    })
  })

  it.each(POLICY_ACTORS)('%s cannot find documents by a field it may not read', async (actor) => {
    const token = tokenOf(actors, actor)
    const byNote = await booted.api.get('/vendors?where[reviewNote][like]=Sjekk', { token })
    const docs = byNote.ok ? ((await byNote.json()) as { docs: unknown[] }).docs : []
    expect(docs.length > 0).toBe(reaches(fieldPolicy['vendors.reviewNote']!.read![actor], 'ownPublished'))
  })
})

/** A user logged in for one test: the actor's role (and for a vendor, organisation A), so it may change itself. */
async function freshActor(actor: Exclude<PolicyActor, 'anonymous'>) {
  const email = `felt-${unique()}@test.videoveileder.no`
  const organisation = actor === 'vendor' ? { organisation: actors.vendorA.organisation } : {}
  const doc = await booted.payload.create({
    collection: 'users',
    data: { email, password: FIXTURE_PASSWORD, name: 'Felt', roles: [actor], ...organisation } as never,
    overrideAccess: true,
  })
  return { id: doc.id, token: await booted.api.login(email, FIXTURE_PASSWORD) }
}

const storedUser = async (id: Id) => (await booted.payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })) as unknown as Doc
const idValue = (value: unknown) => (value && typeof value === 'object' ? String((value as { id: Id }).id) : value == null ? null : String(value))

describe('field rows: who writes users.roles and users.organisation', () => {
  const cases = POLICY_ACTORS.flatMap((actor) => (['self', 'otherUser'] as Target[]).filter((t) => !(actor === 'anonymous' && t === 'self')).map((target) => ({ actor, target })))

  it.each(cases)('$actor sets roles and organisation on a $target account as the policy says', async ({ actor, target }) => {
    const me = actor === 'anonymous' ? { id: undefined, token: undefined } : await freshActor(actor)
    const id = target === 'self' ? me.id! : (await booted.payload.create({ collection: 'users', data: newData('users', 0) as never, overrideAccess: true })).id
    const updates = reaches(collectionPolicy.users!.update[actor], target)
    const before = await storedUser(id)

    const roles = await booted.api.patch(`/users/${id}`, { body: { roles: ['vendor', 'editor'] }, token: me.token })
    const afterRoles = await storedUser(id)
    const organisation = await booted.api.patch(`/users/${id}`, { body: { organisation: actors.vendorB.organisation }, token: me.token })
    const afterOrganisation = await storedUser(id)

    const mayRoles = updates && reaches(fieldPolicy['users.roles']!.update![actor], target)
    const mayOrganisation = updates && reaches(fieldPolicy['users.organisation']!.update![actor], target)
    // A refused field is either refused with 403 or dropped from the save; the stored value is what counts.
    const refusedStatus = (status: number) => (updates ? [200, 403].includes(status) : status === 403)
    expect({
      roles: mayRoles ? roles.status === 200 : refusedStatus(roles.status),
      storedRoles: [...(afterRoles.roles as string[])].sort(),
      organisation: mayOrganisation ? organisation.status === 200 : refusedStatus(organisation.status),
      storedOrganisation: idValue(afterOrganisation.organisation),
    }).toEqual({
      roles: true,
      storedRoles: mayRoles ? ['editor', 'vendor'] : [...(before.roles as string[])].sort(),
      organisation: true,
      storedOrganisation: mayOrganisation ? String(actors.vendorB.organisation) : idValue(before.organisation),
    })
  })

  it.each(POLICY_ACTORS)('%s creates an account with roles and an organisation as the policy says', async (actor) => {
    const token = actor === 'anonymous' ? undefined : (await freshActor(actor)).token
    const data = { ...newData('users', 0), roles: ['editor'], organisation: actors.vendorB.organisation }
    const response = await booted.api.post('/users', { body: data, token })
    const creates = collectionPolicy.users!.create[actor] !== 'no'
    expect(response.status).toBe(creates ? 201 : 403)
    if (!creates) return
    const { doc } = (await response.json()) as { doc: { id: Id } }
    const stored = await storedUser(doc.id)
    expect({ roles: stored.roles, organisation: idValue(stored.organisation) }).toEqual({
      // Without the right to set roles, a new account gets the default role (vendor).
      roles: reaches(fieldPolicy['users.roles']!.create![actor], 'otherUser') ? ['editor'] : ['vendor'],
      organisation: reaches(fieldPolicy['users.organisation']!.create![actor], 'otherUser') ? String(actors.vendorB.organisation) : null,
    })
  })
})

describe('field rows: who writes vendors.reviewNote, vendors.nextReviewAt, tariffs.reviewNote and articles.owner', () => {
  const specs = [
    { key: 'vendors.reviewNote', collection: 'vendors', target: 'ownDraft' as Target, value: () => `Merknad ${unique()}` },
    { key: 'vendors.nextReviewAt', collection: 'vendors', target: 'ownDraft' as Target, value: () => `2027-0${1 + Math.floor(Math.random() * 9)}-15T00:00:00.000Z` },
    { key: 'tariffs.reviewNote', collection: 'tariffs', target: 'draft' as Target, value: () => `Merknad ${unique()}` },
    { key: 'articles.owner', collection: 'articles', target: 'draft' as Target, value: () => actors.admin.id },
  ]
  const cases = specs.flatMap((spec) => POLICY_ACTORS.map((actor) => ({ ...spec, actor })))
  const newest = async (slug: string, id: Id, field: string) =>
    idValue(((await booted.payload.findByID({ collection: slug as CollectionSlug, id, overrideAccess: true, draft: true, depth: 0 })) as unknown as Doc)[field])

  it.each(cases)('$actor writes $key on update as the policy says', async ({ key, collection, target, value, actor }) => {
    const field = key.split('.')[1]!
    const id = await createTarget(booted.payload, actors, category.id, collection, target)
    const before = await newest(collection, id, field)
    const next = value()
    const updates = reaches(collectionPolicy[collection]!.update[actor], target)
    const may = updates && reaches(fieldPolicy[key]!.update![actor], target)
    const response = await booted.api.patch(`/${collection}/${id}?draft=true`, { body: { [field]: next }, token: tokenOf(actors, actor) })
    expect({ status: may ? response.status === 200 : updates ? [200, 403].includes(response.status) : response.status === 403, stored: await newest(collection, id, field) }).toEqual({
      status: true,
      stored: may ? String(next) : before,
    })
  })

  it.each(cases)('$actor writes $key on create as the policy says', async ({ key, collection, value, actor }) => {
    const field = key.split('.')[1]!
    const next = value()
    const creates = collectionPolicy[collection]!.create[actor] !== 'no'
    const response = await booted.api.post(`/${collection}`, { body: { ...newData(collection, category.id), [field]: next }, token: tokenOf(actors, actor) })
    expect(response.status).toBe(creates ? 201 : 403)
    if (!creates) return
    const { doc } = (await response.json()) as { doc: { id: Id } }
    // A new document is the actor's own: its organisation's, for a vendor.
    expect(await newest(collection, doc.id, field)).toBe(reaches(fieldPolicy[key]!.create![actor], 'ownDraft') ? String(next) : null)
  })
})

describe('field rows: who writes vendor-invitations.owner and vendor-invitations.tokenHash', () => {
  const storedInvitation = async (id: Id) =>
    (await booted.payload.findByID({ collection: 'vendor-invitations' as CollectionSlug, id, overrideAccess: true, depth: 0, showHiddenFields: true })) as unknown as Doc
  const organisationFor = { ownDoc: () => actors.vendorA.organisation, otherDoc: () => actors.vendorB.organisation }
  const cases = POLICY_ACTORS.flatMap((actor) => (['ownDoc', 'otherDoc'] as const).map((target) => ({ actor, target })))

  it.each(cases)('$actor creates an invitation naming the organisation of a $target as the policy says (owner, tokenHash)', async ({ actor, target }) => {
    const creates = collectionPolicy['vendor-invitations']!.create[actor] !== 'no'
    const mayOwner = creates && reaches(fieldPolicy['vendor-invitations.owner']!.create![actor], target)
    const owner = organisationFor[target]()
    const forged = unique().repeat(8)
    const before = await booted.payload.count({ collection: 'vendor-invitations' as CollectionSlug, overrideAccess: true })
    const response = await booted.api.post('/vendor-invitations', { body: { ...newData('vendor-invitations', category.id), owner, tokenHash: forged }, token: tokenOf(actors, actor) })
    const after = await booted.payload.count({ collection: 'vendor-invitations' as CollectionSlug, overrideAccess: true })
    // An owner the actor may not name is refused outright (a vendor's invitation is forced to its own organisation).
    expect({ status: response.status, stored: after.totalDocs - before.totalDocs }).toEqual({ status: mayOwner ? 201 : 403, stored: mayOwner ? 1 : 0 })
    if (!mayOwner) return
    const { doc } = (await response.json()) as { doc: Doc & { id: Id } }
    const stored = await storedInvitation(doc.id)
    expect({ owner: idValue(stored.owner), tokenHash: stored.tokenHash === forged, answered: 'tokenHash' in doc }).toEqual({
      owner: String(owner),
      tokenHash: reaches(fieldPolicy['vendor-invitations.tokenHash']!.create![actor], target),
      answered: false,
    })
  })

  it.each(cases)('$actor moves an invitation of a $target to another organisation or sets its token hash as the policy says', async ({ actor, target }) => {
    const id = await createTarget(booted.payload, actors, category.id, 'vendor-invitations', target)
    const before = await storedInvitation(id)
    const elsewhere = target === 'ownDoc' ? actors.vendorB.organisation : actors.vendorA.organisation
    const token = tokenOf(actors, actor)
    const owner = await booted.api.patch(`/vendor-invitations/${id}`, { body: { owner: elsewhere }, token })
    const forged = unique().repeat(8)
    const hash = await booted.api.patch(`/vendor-invitations/${id}`, { body: { tokenHash: forged }, token })
    const after = await storedInvitation(id)
    const updates = reaches(collectionPolicy['vendor-invitations']!.update[actor], target)
    const mayOwner = updates && reaches(fieldPolicy['vendor-invitations.owner']!.update![actor], target)
    const mayHash = updates && reaches(fieldPolicy['vendor-invitations.tokenHash']!.update![actor], target)
    expect({ owner: owner.status, storedOwner: idValue(after.owner), hash: hash.status, storedHash: after.tokenHash }).toEqual({
      owner: updates ? owner.status : 403,
      storedOwner: mayOwner ? String(elsewhere) : idValue(before.owner),
      hash: updates ? hash.status : 403,
      storedHash: mayHash ? forged : before.tokenHash,
    })
  })
})
