import { createLocalReq, type CollectionSlug, type PayloadRequest, type TypedUser } from 'payload'

import { vendorQueue } from '../../../src/dashboard/vendorQueue'
import { vendorStartData } from '../../../src/dashboard/vendorStart'

import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { vendorMember } from '../../helpers/organisations'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'
import { transition } from '../../helpers/workflow'

// Two vendor organisations against each other (issue 12): A (members A1 = vendorA, A2) and B (B1 = vendorB, B2),
// an editor, and entries of both in draft, in review, with changes requested, published, and published with a
// newer draft. Everything B has not published carries SECRET; no answer to A1, A2 or the public may contain it,
// nor the address of anyone A1 may not read (B's members, the editor, the admin). Over REST and GraphQL.

let capture: SmtpCapture

// Before Payload boots (the next beforeAll), which reads the SMTP settings once: the mails each step sends.
beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
})

const { booted, actors, category } = bootWithCategory()

afterAll(async () => {
  await capture.close()
})

type Id = number | string
type Doc = Record<string, any> & { id: Id }
type Member = { id: Id; email: string; token: string; organisation: Id }

const SECRET = `HEMMELIG-${unique()}`
const fixtures = {} as {
  A2: Member
  B2: Member
  a: Record<'draft' | 'review' | 'published' | 'publishedWithDraft', Id>
  b: Record<'draft' | 'review' | 'changes' | 'published' | 'publishedWithDraft', Id>
  bPublishedNames: Record<'published' | 'publishedWithDraft', string>
  aComments: Id[]
  bComments: Id[]
  aInvitations: Id[]
  bInvitations: Id[]
}

/** What no answer to anyone but B and staff may contain. */
const forbiddenFor = (who: 'A' | 'anonymous') => [
  SECRET.toLowerCase(),
  actors.vendorB.email.toLowerCase(),
  fixtures.B2.email.toLowerCase(),
  actors.editor.email.toLowerCase(),
  actors.admin.email.toLowerCase(),
  ...(who === 'anonymous' ? [actors.vendorA.email.toLowerCase(), fixtures.A2.email.toLowerCase()] : []),
]

/** The strings of `forbiddenFor` an answer contains (expected: none). */
const leaked = (text: string, who: 'A' | 'anonymous' = 'A') => forbiddenFor(who).filter((s) => text.toLowerCase().includes(s))

type Answer = { status: number; json: any; text: string }

async function rest(method: 'get' | 'post' | 'patch' | 'delete', path: string, token: string | undefined, body?: unknown): Promise<Answer> {
  const response = await booted.api[method](path, { token, ...(body === undefined ? {} : { body }) })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, json, text }
}

async function gql(query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer & { data: any; errors: string[] }> {
  const { status, body } = await booted.api.graphql(query, { token, variables })
  return { status, json: body, text: JSON.stringify(body), data: body.data, errors: (body.errors ?? []).map((e) => e.message) }
}

const ids = (docs: { id: Id }[] | undefined) => (docs ?? []).map((d) => String(d.id))
const strs = (values: Id[]) => values.map(String)
const inQuery = (field: string, values: Id[]) => values.map((v, i) => `where[${field}][in][${i}]=${encodeURIComponent(String(v))}`).join('&')
const A1 = () => actors.vendorA.token
const allB = () => Object.values(fixtures.b)
const bUnpublished = () => [fixtures.b.draft, fixtures.b.review, fixtures.b.changes]
const bPublished = () => [fixtures.b.published, fixtures.b.publishedWithDraft]
const system = { overrideAccess: true } as const

/** The newest version of an entry as stored (drafts included). */
const newest = async (id: Id) => (await booted.payload.findByID({ collection: 'vendors', id, draft: true, depth: 0, ...system })) as unknown as Doc
const mainDoc = async (id: Id) => (await booted.payload.findByID({ collection: 'vendors', id, draft: false, depth: 0, ...system })) as unknown as Doc

async function entry(owner: Id, name: string, status: 'draft' | 'published'): Promise<Id> {
  const doc = await booted.payload.create({
    collection: 'vendors',
    data: vendorData(category.id, { name, shortDescription: `${name} kort`, owner, _status: status }) as never,
    draft: status === 'draft',
    ...system,
  })
  return doc.id
}

/** A published entry whose newest version is a draft with other text (what the public must keep not seeing). */
async function publishedWithDraft(owner: Id, published: string, draft: string): Promise<Id> {
  const id = await entry(owner, published, 'published')
  await booted.payload.update({ collection: 'vendors', id, data: { name: draft, shortDescription: `${draft} kort`, _status: 'draft' } as never, draft: true, ...system })
  return id
}

async function submit(token: string, id: Id) {
  const answer = await transition(booted.api, token, { collection: 'vendors', id, to: 'in-review' })
  if (answer.status !== 200) throw new Error(`submit ${id}: ${answer.status} ${JSON.stringify(answer.json)}`)
}

async function comment(token: string, docId: Id, body: string): Promise<Id> {
  const answer = await rest('post', '/review-comments', token, { collection: 'vendors', docId: String(docId), body })
  if (answer.status !== 201) throw new Error(`comment on ${docId}: ${answer.status} ${answer.text}`)
  return answer.json.doc.id
}

async function invite(token: string, email: string, owner?: Id): Promise<Id> {
  const answer = await rest('post', '/vendor-invitations', token, { email, ...(owner === undefined ? {} : { owner }) })
  if (answer.status !== 201) throw new Error(`invitation ${email}: ${answer.status} ${answer.text}`)
  return answer.json.doc.id
}

beforeAll(async () => {
  const { payload, api } = booted
  const orgA = actors.vendorA.organisation
  const orgB = actors.vendorB.organisation
  fixtures.A2 = await vendorMember(payload, api, orgA, 'Anne Leverandør A2')
  fixtures.B2 = await vendorMember(payload, api, orgB, `Bjørn ${SECRET}`, `${SECRET.toLowerCase()}-b2@test.videoveileder.no`)

  fixtures.a = {
    draft: await entry(orgA, `A utkast ${unique()}`, 'draft'),
    review: await entry(orgA, `A til vurdering ${unique()}`, 'draft'),
    published: await entry(orgA, `A publisert ${unique()}`, 'published'),
    publishedWithDraft: await publishedWithDraft(orgA, `A publisert ${unique()}`, `A nytt utkast ${unique()}`),
  }
  fixtures.bPublishedNames = { published: `B publisert ${unique()}`, publishedWithDraft: `B publisert ${unique()}` }
  fixtures.b = {
    draft: await entry(orgB, `B utkast ${SECRET}`, 'draft'),
    review: await entry(orgB, `B til vurdering ${SECRET}`, 'draft'),
    changes: await entry(orgB, `B endringer ${SECRET}`, 'draft'),
    published: await entry(orgB, fixtures.bPublishedNames.published, 'published'),
    publishedWithDraft: await publishedWithDraft(orgB, fixtures.bPublishedNames.publishedWithDraft, `B nytt utkast ${SECRET}`),
  }
  // The review states, moved as the people do: the members submit, the editor asks for changes.
  await submit(actors.vendorA.token, fixtures.a.review)
  await submit(actors.vendorB.token, fixtures.b.review)
  await submit(fixtures.B2.token, fixtures.b.changes)
  const asked = await transition(api, actors.editor.token, { collection: 'vendors', id: fixtures.b.changes, to: 'changes-requested', comment: `Rett opp ${SECRET}` })
  if (asked.status !== 200) throw new Error(`changes-requested: ${asked.status} ${JSON.stringify(asked.json)}`)

  fixtures.aComments = [
    await comment(actors.vendorA.token, fixtures.a.review, 'A1 spør om noe'),
    await comment(actors.editor.token, fixtures.a.review, 'Redaktøren svarer A'),
  ]
  const bThread = (await payload.find({ collection: 'review-comments', where: { docId: { equals: String(fixtures.b.changes) } }, ...system })).docs.map((d) => d.id)
  fixtures.bComments = [
    ...bThread,
    await comment(actors.vendorB.token, fixtures.b.draft, `B1 skriver ${SECRET}`),
    await comment(fixtures.B2.token, fixtures.b.review, `B2 skriver ${SECRET}`),
    await comment(actors.editor.token, fixtures.b.published, `Redaktøren til B ${SECRET}`),
  ]

  fixtures.aInvitations = [await invite(actors.vendorA.token, `kollega-a-${unique()}@test.videoveileder.no`), await invite(actors.editor.token, `ny-a-${unique()}@test.videoveileder.no`, orgA)]
  fixtures.bInvitations = [
    await invite(actors.vendorB.token, `${SECRET.toLowerCase()}-kollega@test.videoveileder.no`),
    await invite(actors.editor.token, `${SECRET.toLowerCase()}-ny@test.videoveileder.no`, orgB),
  ]
})

describe('the leak check can see a leak', () => {
  it('staff and B1 do get B’s unpublished text, versions, thread and members (so its absence elsewhere means something)', async () => {
    const editorList = await rest('get', '/vendors?limit=500&depth=3&draft=true', actors.editor.token)
    const editorVersions = await rest('get', `/vendors/versions?depth=0&${inQuery('parent', allB())}`, actors.editor.token)
    const b1Thread = await rest('get', '/review-comments?limit=500&depth=0', actors.vendorB.token)
    const b1Invitations = await rest('get', '/vendor-invitations?limit=500&depth=0', actors.vendorB.token)
    const b1Entry = await rest('get', `/vendors/${fixtures.b.draft}?draft=true`, actors.vendorB.token)
    expect({
      editorList: leaked(editorList.text).includes(SECRET.toLowerCase()),
      editorMembers: ((editorList.json?.docs ?? []) as Doc[])
        .filter((d) => String(d.owner?.id) === String(actors.vendorB.organisation))
        .some((d) => ((d.owner?.members?.docs ?? []) as (Doc | Id)[]).map((m) => String(typeof m === 'object' ? m.id : m)).includes(String(fixtures.B2.id))),
      editorVersions: leaked(editorVersions.text).includes(SECRET.toLowerCase()),
      b1Thread: ids(b1Thread.json?.docs).filter((id) => strs(fixtures.bComments).includes(id)).length,
      b1Invitations: ids(b1Invitations.json?.docs).filter((id) => strs(fixtures.bInvitations).includes(id)).length,
      b1Entry: b1Entry.status,
    }).toEqual({ editorList: true, editorMembers: true, editorVersions: true, b1Thread: fixtures.bComments.length, b1Invitations: fixtures.bInvitations.length, b1Entry: 200 })
  })
})

describe('A1 reads vendor entries: its own organisation’s drafts, the published of all, never B’s unpublished text', () => {
  it.each([[''], ['&draft=true']])('REST list%s: A’s four entries and B’s published ones, none of B’s drafts', async (draft) => {
    const answer = await rest('get', `/vendors?limit=500&depth=0${draft}`, A1())
    const listed = ids(answer.json?.docs)
    const namesOfB = (answer.json?.docs as Doc[]).filter((d) => strs(allB()).includes(String(d.id))).map((d) => d.name)
    expect({
      status: answer.status,
      own: strs(Object.values(fixtures.a)).filter((id) => listed.includes(id)),
      ofB: strs(allB()).filter((id) => listed.includes(id)),
      namesOfB: namesOfB.sort(),
      leaked: leaked(answer.text),
    }).toEqual({
      status: 200,
      own: strs(Object.values(fixtures.a)),
      ofB: strs(bPublished()),
      namesOfB: Object.values(fixtures.bPublishedNames).sort(),
      leaked: [],
    })
  })

  it.each([[''], ['&draft=true']])('REST where[id][in]=<every entry of B>%s returns only B’s published entries, with the published text', async (draft) => {
    const answer = await rest('get', `/vendors?depth=0&${inQuery('id', allB())}${draft}`, A1())
    expect({ status: answer.status, ids: ids(answer.json?.docs).sort(), leaked: leaked(answer.text) }).toEqual({ status: 200, ids: strs(bPublished()).sort(), leaked: [] })
  })

  it('REST filters that name B (owner, state, status) find nothing of B’s unpublished', async () => {
    const owner = actors.vendorB.organisation
    const queries = [
      `where[owner][equals]=${owner}&draft=true`,
      `where[_status][equals]=draft&draft=true`,
      `where[workflow.state][equals]=in-review&draft=true`,
      `where[name][like]=${SECRET}&draft=true`,
      `where[or][0][owner][equals]=${owner}&where[or][1][id][in][0]=${fixtures.b.draft}&draft=true`,
    ]
    for (const query of queries) {
      const answer = await rest('get', `/vendors?depth=0&limit=500&${query}`, A1())
      const listed = ids(answer.json?.docs)
      expect({ query, unpublishedOfB: strs(bUnpublished()).filter((id) => listed.includes(id)), leaked: leaked(answer.text) }).toEqual({ query, unpublishedOfB: [], leaked: [] })
    }
  })

  it('REST by id: B’s drafts and entries in review are not found; B’s published entry with a newer draft shows its published text', async () => {
    const statuses: Record<string, number[]> = {}
    for (const id of bUnpublished()) statuses[String(id)] = [(await rest('get', `/vendors/${id}`, A1())).status, (await rest('get', `/vendors/${id}?draft=true`, A1())).status]
    const withDraft = await rest('get', `/vendors/${fixtures.b.publishedWithDraft}?draft=true&depth=0`, A1())
    const allLocales = await rest('get', `/vendors/${fixtures.b.publishedWithDraft}?draft=true&depth=0&locale=all`, A1())
    const listAllLocales = await rest('get', `/vendors?draft=true&depth=0&locale=all&limit=500`, A1())
    expect({ statuses, name: withDraft.json?.name, leaked: [withDraft, allLocales, listAllLocales].flatMap((a) => leaked(a.text)) }).toEqual({
      statuses: Object.fromEntries(bUnpublished().map((id) => [String(id), [404, 404]])),
      name: fixtures.bPublishedNames.publishedWithDraft,
      leaked: [],
    })
  })

  it('A1 reads its own drafts by id (the refusals above are about the organisation, not about drafts)', async () => {
    const statuses = await Promise.all([fixtures.a.draft, fixtures.a.review].map(async (id) => (await rest('get', `/vendors/${id}?draft=true`, A1())).status))
    expect(statuses).toEqual([200, 200])
  })

  it('GraphQL list, where id in, and by id (draft: true) follow the same rule', async () => {
    const everyB = allB().map((id) => `{ id: { equals: ${JSON.stringify(id)} } }`).join(', ')
    const list = await gql('{ Vendors(limit: 500, draft: true) { docs { id name shortDescription } } }', A1())
    const some = await gql(`{ Vendors(draft: true, where: { OR: [${everyB}] }) { docs { id name } } }`, A1())
    const one = await gql(`query($id: Int!) { Vendor(id: $id, draft: true) { id name } }`, A1(), { id: Number(fixtures.b.draft) })
    const withDraft = await gql(`query($id: Int!) { Vendor(id: $id, draft: true) { id name shortDescription } }`, A1(), { id: Number(fixtures.b.publishedWithDraft) })
    expect({
      listOfB: strs(allB()).filter((id) => ids(list.data?.Vendors?.docs).includes(id)),
      ownListed: strs(Object.values(fixtures.a)).filter((id) => ids(list.data?.Vendors?.docs).includes(id)),
      some: ids(some.data?.Vendors?.docs).sort(),
      one: one.data?.Vendor ?? null,
      withDraft: withDraft.data?.Vendor?.name,
      leaked: [list, some, one, withDraft].flatMap((a) => leaked(a.text)),
    }).toEqual({
      listOfB: strs(bPublished()),
      ownListed: strs(Object.values(fixtures.a)),
      some: strs(bPublished()).sort(),
      one: null,
      withDraft: fixtures.bPublishedNames.publishedWithDraft,
      leaked: [],
    })
  })
})

describe('A1 reads versions: its own organisation’s only', () => {
  const versionsOf = async (parents: Id[]) => (await booted.payload.findVersions({ collection: 'vendors', where: { parent: { in: parents } }, limit: 500, ...system })).docs

  it('REST /api/vendors/versions lists no version of B’s entries and no text of B’s drafts', async () => {
    const answer = await rest('get', '/vendors/versions?limit=1000&depth=0', A1())
    const parents = (answer.json?.docs as Doc[]).map((d) => String(d.parent))
    expect({
      status: answer.status,
      ofB: strs(allB()).filter((id) => parents.includes(id)),
      own: strs(Object.values(fixtures.a)).filter((id) => parents.includes(id)),
      owners: [...new Set((answer.json?.docs as Doc[]).map((d) => String(d.version?.owner)))],
      leaked: leaked(answer.text),
    }).toEqual({ status: 200, ofB: [], own: strs(Object.values(fixtures.a)), owners: [String(actors.vendorA.organisation)], leaked: [] })
  })

  it('REST where[parent][in]=<B’s entries>, where[version.owner][equals]=B and a draft-status filter find none of B’s versions', async () => {
    const queries = [inQuery('parent', allB()), `where[version.owner][equals]=${actors.vendorB.organisation}`, 'where[version._status][equals]=draft', `where[version.name][like]=${SECRET}`]
    for (const query of queries) {
      const answer = await rest('get', `/vendors/versions?depth=0&limit=500&${query}`, A1())
      const parents = ((answer.json?.docs ?? []) as Doc[]).map((d) => String(d.parent))
      expect({ query, status: answer.status, ofB: strs(allB()).filter((id) => parents.includes(id)), leaked: leaked(answer.text) }).toEqual({ query, status: 200, ofB: [], leaked: [] })
    }
  })

  it('REST and GraphQL: a version of B’s by id is refused, every one of them; A’s own is read', async () => {
    const versionsOfB = await versionsOf(allB())
    const ownVersion = (await versionsOf([fixtures.a.publishedWithDraft]))[0]!
    const restStatuses = new Set<number>()
    const gqlAnswers: unknown[] = []
    const texts: string[] = []
    for (const version of versionsOfB) {
      const answer = await rest('get', `/vendors/versions/${version.id}?depth=0`, A1())
      restStatuses.add(answer.status)
      const one = await gql(`query($id: Int!) { versionVendor(id: $id) { id version { name } } }`, A1(), { id: Number(version.id) })
      gqlAnswers.push(one.data?.versionVendor ?? null)
      texts.push(answer.text, one.text)
    }
    const own = await rest('get', `/vendors/versions/${ownVersion.id}?depth=0`, A1())
    expect({ versions: versionsOfB.length > allB().length, restStatuses: [...restStatuses], gql: new Set(gqlAnswers), own: own.status, leaked: texts.flatMap((t) => leaked(t)) }).toEqual({
      versions: true,
      restStatuses: [403],
      gql: new Set([null]),
      own: 200,
      leaked: [],
    })
  })

  it('GraphQL versionsVendors, with and without a where naming B, lists none of B’s versions', async () => {
    const all = await gql('{ versionsVendors(limit: 1000) { docs { id parent { id } version { name owner { id } } } } }', A1())
    const named = await gql(`{ versionsVendors(where: { version__owner: { equals: ${actors.vendorB.organisation} } }, limit: 1000) { docs { id parent { id } } } }`, A1())
    const parentsOf = (a: { data: any }, field: string) => ((a.data?.[field]?.docs ?? []) as Doc[]).map((d) => String(d.parent?.id))
    expect({
      all: all.errors,
      ofB: strs(allB()).filter((id) => parentsOf(all, 'versionsVendors').includes(id)),
      own: strs(Object.values(fixtures.a)).filter((id) => parentsOf(all, 'versionsVendors').includes(id)),
      namedOfB: parentsOf(named, 'versionsVendors').filter((id) => strs(allB()).includes(id)),
      leaked: [...leaked(all.text), ...leaked(named.text)],
    }).toEqual({ all: [], ofB: [], own: strs(Object.values(fixtures.a)), namedOfB: [], leaked: [] })
  })
})

describe('relationships populated at depth 2: vendors -> owner -> members', () => {
  const membersOf = (doc: Doc | undefined): string[] | undefined => (doc?.owner?.members?.docs as Doc[] | undefined)?.map((m) => String(typeof m === 'object' ? m.id : m))
  const aMembers = () => strs([actors.vendorA.id, fixtures.A2.id])

  // users.read for a vendor is 'self': the join lists only the users the reader may read, so a member sees itself there.
  it.each([[2], [3]])('A1 reading every entry at depth %s sees members only in A’s organisation, only itself there, and no address it may not read', async (depth) => {
    const answer = await rest('get', `/vendors?limit=500&depth=${depth}&draft=true`, A1())
    const docs = answer.json?.docs as Doc[]
    const byOwner = (owner: Id) => docs.filter((d) => String(d.owner?.id) === String(owner)).map(membersOf)
    const listedOfA = [...new Set(byOwner(actors.vendorA.organisation).flatMap((m) => m ?? []))]
    expect({
      status: answer.status,
      bMembersShown: byOwner(actors.vendorB.organisation).filter((m) => m !== undefined && m.length > 0),
      outsideA: listedOfA.filter((id) => !aMembers().includes(id)),
      listedOfA,
      leaked: leaked(answer.text),
    }).toEqual({ status: 200, bMembersShown: [], outsideA: [], listedOfA: [String(actors.vendorA.id)], leaked: [] })
  })

  it('A1 reading B’s published entry by id at depth 2 sees the organisation’s name, not its members', async () => {
    const answer = await rest('get', `/vendors/${fixtures.b.published}?depth=2`, A1())
    expect({ status: answer.status, owner: String(answer.json?.owner?.id), members: membersOf(answer.json) ?? [], leaked: leaked(answer.text) }).toEqual({
      status: 200,
      owner: String(actors.vendorB.organisation),
      members: [],
      leaked: [],
    })
  })

  it('anonymous readers see nobody’s members at depth 3, over REST and GraphQL', async () => {
    const answer = await rest('get', '/vendors?limit=500&depth=3', undefined)
    const graph = await gql('{ Vendors(limit: 500) { docs { id owner { id members { docs { id email } } } } } }')
    const restMembers = (answer.json?.docs as Doc[]).flatMap((d) => membersOf(d) ?? [])
    const gqlMembers = ((graph.data?.Vendors?.docs ?? []) as Doc[]).flatMap((d) => (d.owner?.members?.docs ?? []) as Doc[])
    expect({ status: answer.status, restMembers, gqlMembers, leaked: [...leaked(answer.text, 'anonymous'), ...leaked(graph.text, 'anonymous')] }).toEqual({
      status: 200,
      restMembers: [],
      gqlMembers: [],
      leaked: [],
    })
  })

  it('GraphQL as A1: members of B’s organisation are never listed, A’s only A’s people', async () => {
    const graph = await gql('{ Vendors(limit: 500, draft: true) { docs { id owner { id members { docs { id email name } } } } } }', A1())
    const docs = (graph.data?.Vendors?.docs ?? []) as Doc[]
    const members = (owner: Id) => docs.filter((d) => String(d.owner?.id) === String(owner)).flatMap((d) => ((d.owner?.members?.docs ?? []) as Doc[]).map((m) => String(m.id)))
    expect({
      errors: graph.errors,
      b: members(actors.vendorB.organisation),
      outsideA: members(actors.vendorA.organisation).filter((id) => !aMembers().includes(id)),
      leaked: leaked(graph.text),
    }).toEqual({ errors: [], b: [], outsideA: [], leaked: [] })
  })

  it('vendor-organisations read directly at depth 1: B’s members hidden from A1 over REST and GraphQL; of A’s, A1 sees itself', async () => {
    const answer = await rest('get', `/vendor-organisations?limit=500&depth=1`, A1())
    const bOrg = (answer.json?.docs as Doc[]).find((d) => String(d.id) === String(actors.vendorB.organisation))
    const aOrg = (answer.json?.docs as Doc[]).find((d) => String(d.id) === String(actors.vendorA.organisation))
    const graph = await gql(`query($id: Int!) { VendorOrganisation(id: $id) { id members { docs { id } } } }`, A1(), { id: Number(actors.vendorB.organisation) })
    expect({
      bOrgListed: bOrg !== undefined,
      members: bOrg?.members?.docs ?? [],
      ownMembers: ((aOrg?.members?.docs ?? []) as Doc[]).map((m) => String(m.id)),
      gqlMembers: graph.data?.VendorOrganisation?.members?.docs ?? [],
      leaked: [...leaked(answer.text), ...leaked(graph.text)],
    }).toEqual({
      bOrgListed: true,
      members: [],
      ownMembers: [String(actors.vendorA.id)],
      gqlMembers: [],
      leaked: [],
    })
  })
})

describe('review comments: B’s thread is invisible to A', () => {
  it('REST list, where[id][in], where[docId] and by id: none of B’s comments, A’s thread whole', async () => {
    const list = await rest('get', '/review-comments?limit=500&depth=0', A1())
    const some = await rest('get', `/review-comments?depth=0&${inQuery('id', fixtures.bComments)}`, A1())
    const byDoc = await rest('get', `/review-comments?depth=0&where[docId][equals]=${fixtures.b.changes}`, A1())
    const byId = await Promise.all(fixtures.bComments.map(async (id) => (await rest('get', `/review-comments/${id}`, A1())).status))
    expect({
      list: list.status,
      ofB: strs(fixtures.bComments).filter((id) => ids(list.json?.docs).includes(id)),
      own: strs(fixtures.aComments).filter((id) => ids(list.json?.docs).includes(id)),
      some: ids(some.json?.docs),
      byDoc: ids(byDoc.json?.docs),
      byId: [...new Set(byId)],
      leaked: [list, some, byDoc].flatMap((a) => leaked(a.text)),
    }).toEqual({ list: 200, ofB: [], own: strs(fixtures.aComments), some: [], byDoc: [], byId: [404], leaked: [] })
  })

  it('depth 3 from A’s own comments (author, owner -> members -> users) shows no one A1 may not read', async () => {
    const answer = await rest('get', `/review-comments?depth=3&${inQuery('id', fixtures.aComments)}`, A1())
    const members = ((answer.json?.docs ?? []) as Doc[]).flatMap((d) => ((d.owner?.members?.docs ?? []) as (Doc | Id)[]).map((m) => String(typeof m === 'object' ? m.id : m)))
    expect({ status: answer.status, count: answer.json?.docs?.length, outsideA: members.filter((id) => ![String(actors.vendorA.id), String(fixtures.A2.id)].includes(id)), leaked: leaked(answer.text) }).toEqual({
      status: 200,
      count: fixtures.aComments.length,
      outsideA: [],
      leaked: [],
    })
  })

  it('GraphQL list, where id, by id: none of B’s comments', async () => {
    const list = await gql('{ ReviewComments(limit: 500) { docs { id body author { id email } } } }', A1())
    const one = await gql(`query($id: Int!) { ReviewComment(id: $id) { id body } }`, A1(), { id: Number(fixtures.bComments[0]) })
    const some = await gql(`{ ReviewComments(where: { OR: [${fixtures.bComments.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }) { docs { id } } }`, A1())
    expect({
      ofB: strs(fixtures.bComments).filter((id) => ids(list.data?.ReviewComments?.docs).includes(id)),
      own: strs(fixtures.aComments).filter((id) => ids(list.data?.ReviewComments?.docs).includes(id)),
      one: one.data?.ReviewComment ?? null,
      some: ids(some.data?.ReviewComments?.docs),
      leaked: [list, one, some].flatMap((a) => leaked(a.text)),
    }).toEqual({ ofB: [], own: strs(fixtures.aComments), one: null, some: [], leaked: [] })
  })

  it('A1 cannot write into B’s thread (REST and GraphQL): 403 and nothing stored', async () => {
    const before = await booted.payload.count({ collection: 'review-comments', ...system })
    const answer = await rest('post', '/review-comments', A1(), { collection: 'vendors', docId: String(fixtures.b.review), body: 'A1 blander seg inn' })
    const graph = await gql('mutation($data: mutationReviewCommentInput!) { createReviewComment(data: $data) { id } }', A1(), {
      data: { collection: 'vendors', docId: String(fixtures.b.published), body: 'A1 blander seg inn' },
    })
    const after = await booted.payload.count({ collection: 'review-comments', ...system })
    expect({ rest: answer.status, graphql: graph.data?.createReviewComment ?? null, stored: after.totalDocs - before.totalDocs }).toEqual({ rest: 403, graphql: null, stored: 0 })
  })
})

describe('invitations: B’s are invisible and untouchable to A', () => {
  it('REST list, where[id][in] and by id; GraphQL list and by id', async () => {
    const list = await rest('get', '/vendor-invitations?limit=500&depth=1', A1())
    const some = await rest('get', `/vendor-invitations?depth=0&${inQuery('id', fixtures.bInvitations)}`, A1())
    const byOwner = await rest('get', `/vendor-invitations?depth=0&where[owner][equals]=${actors.vendorB.organisation}`, A1())
    const byId = await Promise.all(fixtures.bInvitations.map(async (id) => (await rest('get', `/vendor-invitations/${id}`, A1())).status))
    const graph = await gql('{ VendorInvitations(limit: 500) { docs { id email } } }', A1())
    const one = await gql(`query($id: Int!) { VendorInvitation(id: $id) { id email } }`, A1(), { id: Number(fixtures.bInvitations[0]) })
    expect({
      list: list.status,
      ofB: strs(fixtures.bInvitations).filter((id) => ids(list.json?.docs).includes(id)),
      own: strs(fixtures.aInvitations).filter((id) => ids(list.json?.docs).includes(id)),
      some: ids(some.json?.docs),
      byOwner: ids(byOwner.json?.docs),
      byId: [...new Set(byId)],
      gqlOfB: strs(fixtures.bInvitations).filter((id) => ids(graph.data?.VendorInvitations?.docs).includes(id)),
      gqlOwn: strs(fixtures.aInvitations).filter((id) => ids(graph.data?.VendorInvitations?.docs).includes(id)),
      one: one.data?.VendorInvitation ?? null,
      leaked: [list, some, byOwner, graph, one].flatMap((a) => leaked(a.text)),
    }).toEqual({ list: 200, ofB: [], own: strs(fixtures.aInvitations), some: [], byOwner: [], byId: [404], gqlOfB: [], gqlOwn: strs(fixtures.aInvitations), one: null, leaked: [] })
  })

  it('A1 cannot withdraw B’s invitation (REST and GraphQL), nor invite to B', async () => {
    const [restTarget, gqlTarget] = fixtures.bInvitations as [Id, Id]
    const removed = await rest('delete', `/vendor-invitations/${restTarget}`, A1())
    const graph = await gql(`mutation { deleteVendorInvitation(id: ${gqlTarget}) { id } }`, A1())
    const before = await booted.payload.count({ collection: 'vendor-invitations' as CollectionSlug, ...system })
    const toB = await rest('post', '/vendor-invitations', A1(), { email: `inntrenger-${unique()}@test.videoveileder.no`, owner: actors.vendorB.organisation })
    const toBGraph = await gql('mutation($data: mutationVendorInvitationInput!) { createVendorInvitation(data: $data) { id } }', A1(), {
      data: { email: `inntrenger-${unique()}@test.videoveileder.no`, owner: Number(actors.vendorB.organisation) },
    })
    const after = await booted.payload.count({ collection: 'vendor-invitations' as CollectionSlug, ...system })
    const exists = async (id: Id) => (await booted.payload.findByID({ collection: 'vendor-invitations' as CollectionSlug, id, disableErrors: true, ...system })) !== null
    expect({
      removed: [403, 404].includes(removed.status),
      graphql: graph.data?.deleteVendorInvitation ?? null,
      kept: [await exists(restTarget), await exists(gqlTarget)],
      toB: toB.status,
      toBGraph: toBGraph.data?.createVendorInvitation ?? null,
      stored: after.totalDocs - before.totalDocs,
    }).toEqual({ removed: true, graphql: null, kept: [true, true], toB: 403, toBGraph: null, stored: 0 })
  })
})

describe('A1 cannot use a filter as an oracle', () => {
  // A where or sort on a field A1 may not read (B's members, authors, who changed an entry, the editors' notes)
  // would tell a true guess from a false one by what comes back: each is refused the same whatever the guess.
  // (Paths two relationships deep, owner.members.email, are refused before Payload looks at them:
  // tests/int/vendors/query-paths.int.test.ts.)
  it.each([
    ['/vendor-organisations', 'where[members.email][like]'],
    ['/vendor-organisations', 'where[members][in][0]'],
    ['/vendors', 'where[workflow.changedBy.email][like]'],
    ['/vendors', 'where[owner.members.email][like]'],
    ['/vendors/versions', 'where[version.owner.members.email][like]'],
    ['/vendors', 'where[reviewNote][like]'],
    ['/vendors', 'where[nextReviewAt][exists]'],
    ['/vendors/versions', 'where[version.reviewNote][like]'],
    ['/review-comments', 'where[author.email][like]'],
  ])('%s?%s=… answers a true and a false guess alike', async (path, filter) => {
    const truth = (() => {
      if (filter.includes('email')) return filter.includes('author') ? actors.editor.email : fixtures.B2.email
      if (filter.includes('members][in]')) return String(fixtures.B2.id)
      if (filter.includes('nextReviewAt')) return 'true'
      return 'Sjekk'
    })()
    const guess = async (value: string) => {
      const answer = await rest('get', `${path}?depth=0&limit=500&${filter}=${encodeURIComponent(value)}`, A1())
      return { status: answer.status, body: answer.text.replace(/"(createdAt|updatedAt)":"[^"]*"/g, '') }
    }
    const [right, wrong] = [await guess(truth), await guess(filter.includes('exists') ? 'false' : `ingen-${unique()}`)]
    expect({ status: right.status, same: right.body === wrong.body }).toEqual({ status: 400, same: true })
  })

  it('select on a version does not bring back a field A1 may not read', async () => {
    await booted.payload.update({ collection: 'vendors', id: fixtures.a.draft, data: { reviewNote: 'Sjekk attestene' } as never, draft: true, ...system })
    const answer = await rest('get', `/vendors/versions?depth=0&where[parent][equals]=${fixtures.a.draft}&select[version][reviewNote]=true`, A1())
    expect({ status: answer.status, docs: answer.json?.docs?.length > 0, note: answer.text.includes('Sjekk attestene') }).toEqual({ status: 200, docs: true, note: false })
  })
})

describe('A1 cannot learn who has an account', () => {
  // The project answers forgot-password and registration the same for known and unknown addresses (no account
  // enumeration, SECURITY.md 20). An invitation a vendor makes must not be the oracle instead: inviting B2's
  // address (or an editor's) answers as inviting an address nobody has.
  it('inviting the address of B’s member or of an editor answers as inviting a new address', async () => {
    const answer = async (email: string) => {
      const made = await rest('post', '/vendor-invitations', A1(), { email })
      return { status: made.status, says: ((made.json?.errors ?? []) as { message: string }[]).map((e) => e.message).join(' ') }
    }
    const fresh = await answer(`ukjent-${unique()}@test.videoveileder.no`)
    expect({ b2: await answer(fixtures.B2.email), editor: await answer(actors.editor.email) }).toEqual({ b2: fresh, editor: fresh })
  })
})

describe('users: A1 reads itself only', () => {
  it('REST list and filters: only A1’s own account', async () => {
    const list = await rest('get', '/users?limit=500&depth=2', A1())
    const byOrg = await rest('get', `/users?depth=0&where[organisation][equals]=${actors.vendorB.organisation}`, A1())
    const some = await rest('get', `/users?depth=0&${inQuery('id', [actors.vendorB.id, fixtures.B2.id, fixtures.A2.id, actors.editor.id])}`, A1())
    expect({ list: ids(list.json?.docs), byOrg: ids(byOrg.json?.docs), some: ids(some.json?.docs), leaked: [list, byOrg, some].flatMap((a) => leaked(a.text)) }).toEqual({
      list: [String(actors.vendorA.id)],
      byOrg: [],
      some: [],
      leaked: [],
    })
  })

  it('REST by id: B1, B2, A2 and the editor are not found; GraphQL the same', async () => {
    const others = [actors.vendorB.id, fixtures.B2.id, fixtures.A2.id, actors.editor.id]
    const statuses = await Promise.all(others.map(async (id) => (await rest('get', `/users/${id}`, A1())).status))
    const graph = await gql('{ Users(limit: 500) { docs { id email } } }', A1())
    const one = await gql(`query($id: Int!) { User(id: $id) { id email } }`, A1(), { id: Number(fixtures.B2.id) })
    expect({ statuses: [...new Set(statuses)], gql: ids(graph.data?.Users?.docs), one: one.data?.User ?? null, leaked: [graph, one].flatMap((a) => leaked(a.text)) }).toEqual({
      statuses: [404],
      gql: [String(actors.vendorA.id)],
      one: null,
      leaked: [],
    })
  })
})

describe('A1 changes nothing of B’s', () => {
  const snapshot = async () =>
    Promise.all(allB().map(async (id) => ({ id, newest: (await newest(id)).name, main: (await mainDoc(id)).name, state: (await newest(id)).workflow?.state })))

  it('REST and GraphQL updates of every entry of B are refused and nothing changes (re-read as the system)', async () => {
    const before = await snapshot()
    const statuses: number[] = []
    const gqlResults: unknown[] = []
    for (const id of allB()) {
      for (const query of ['?draft=true', '', '?draft=true&autosave=true']) statuses.push((await rest('patch', `/vendors/${id}${query}`, A1(), { name: 'Kapret av A', shortDescription: 'Kapret' })).status)
      const graph = await gql(`mutation($data: mutationVendorUpdateInput!) { updateVendor(id: ${id}, data: $data, draft: true) { id } }`, A1(), { data: { name: 'Kapret av A' } })
      gqlResults.push(graph.data?.updateVendor ?? null)
    }
    expect({ statuses: [...new Set(statuses)].filter((s) => ![403, 404].includes(s)), gql: [...new Set(gqlResults)], after: await snapshot() }).toEqual({ statuses: [], gql: [null], after: before })
  })

  it('a bulk update by where (REST PATCH /api/vendors?where) touches none of B’s entries', async () => {
    const before = await snapshot()
    const answer = await rest('patch', `/vendors?${inQuery('id', allB())}&draft=true`, A1(), { shortDescription: 'Kapret i bulk' })
    expect({ changed: ((answer.json?.docs ?? []) as Doc[]).map((d) => String(d.id)).filter((id) => strs(allB()).includes(id)), after: await snapshot() }).toEqual({ changed: [], after: before })
  })

  it('REST and GraphQL deletes of B’s entries are refused and every entry is still there', async () => {
    const statuses: number[] = []
    const gqlResults: unknown[] = []
    for (const id of allB()) {
      statuses.push((await rest('delete', `/vendors/${id}`, A1())).status)
      gqlResults.push((await gql(`mutation { deleteVendor(id: ${id}) { id } }`, A1())).data?.deleteVendor ?? null)
    }
    const bulk = await rest('delete', `/vendors?${inQuery('id', allB())}`, A1())
    const remaining = await booted.payload.count({ collection: 'vendors', where: { id: { in: allB() } }, ...system })
    expect({ statuses: [...new Set(statuses)].filter((s) => ![403, 404].includes(s)), gql: [...new Set(gqlResults)], bulkDeleted: bulk.json?.docs?.length ?? 0, remaining: remaining.totalDocs }).toEqual({
      statuses: [],
      gql: [null],
      bulkDeleted: 0,
      remaining: allB().length,
    })
  })

  it('B’s people and B’s organisation are not A1’s to change or remove (REST and GraphQL)', async () => {
    const person = async (id: Id) => (await booted.payload.findByID({ collection: 'users', id, depth: 0, ...system })) as unknown as Doc
    const organisation = async () => (await booted.payload.findByID({ collection: 'vendor-organisations', id: actors.vendorB.organisation, depth: 0, ...system })) as unknown as Doc
    const before = { b1: (await person(actors.vendorB.id)).name, b2: (await person(fixtures.B2.id)).email, a2: (await person(fixtures.A2.id)).name, org: (await organisation()).name }
    const answers = [
      await rest('patch', `/users/${actors.vendorB.id}`, A1(), { name: 'Kapret' }),
      await rest('patch', `/users/${fixtures.B2.id}`, A1(), { email: `kapret-${unique()}@test.videoveileder.no` }),
      await rest('patch', `/users/${fixtures.A2.id}`, A1(), { name: 'Kapret' }),
      await rest('delete', `/users/${fixtures.B2.id}`, A1()),
      await rest('patch', `/vendor-organisations/${actors.vendorB.organisation}`, A1(), { name: 'Kapret AS' }),
      await rest('delete', `/vendor-organisations/${actors.vendorB.organisation}`, A1()),
    ]
    const graph = [
      await gql(`mutation { updateUser(id: ${actors.vendorB.id}, data: { name: "Kapret" }) { id } }`, A1()),
      await gql(`mutation { deleteUser(id: ${fixtures.B2.id}) { id } }`, A1()),
      await gql(`mutation { updateVendorOrganisation(id: ${actors.vendorB.organisation}, data: { name: "Kapret AS" }) { id } }`, A1()),
    ]
    const after = { b1: (await person(actors.vendorB.id)).name, b2: (await person(fixtures.B2.id)).email, a2: (await person(fixtures.A2.id)).name, org: (await organisation()).name }
    expect({ rest: answers.map((a) => [403, 404].includes(a.status)), graphql: graph.map((g) => g.errors.length > 0), after, leaked: [...answers, ...graph].flatMap((a) => leaked(a.text)) }).toEqual({
      rest: answers.map(() => true),
      graphql: graph.map(() => true),
      after: before,
      leaked: [],
    })
  })

  it('creating an entry owned by B is refused over REST and GraphQL, and nothing is stored', async () => {
    const name = `Falsk B ${unique()}`
    const answer = await rest('post', '/vendors', A1(), vendorData(category.id, { name, owner: actors.vendorB.organisation }))
    const graph = await gql('mutation($data: mutationVendorInput!) { createVendor(data: $data, draft: true) { id } }', A1(), {
      data: { name, solutionType: 'standalone', professionCategories: [Number(category.id)], owner: Number(actors.vendorB.organisation) },
    })
    const stored = await booted.payload.count({ collection: 'vendors', where: { name: { equals: name } }, draft: true, ...system } as never)
    expect({ rest: answer.status, graphql: graph.data?.createVendor ?? null, stored: stored.totalDocs }).toEqual({ rest: 403, graphql: null, stored: 0 })
  })

  it('a transition of B’s entries (submit B’s draft, resubmit B’s changes-requested entry) is refused and the state stays', async () => {
    const before = await snapshot()
    const answers = [
      await transition(booted.api, A1(), { collection: 'vendors', id: fixtures.b.draft, to: 'in-review' }),
      await transition(booted.api, A1(), { collection: 'vendors', id: fixtures.b.changes, to: 'in-review' }),
      await transition(booted.api, A1(), { collection: 'vendors', id: fixtures.b.publishedWithDraft, to: 'in-review' }),
      await transition(booted.api, A1(), { collection: 'vendors', id: fixtures.b.review, to: 'rejected', comment: 'Nei' }),
    ]
    expect({ statuses: answers.map((a) => [403, 404].includes(a.status)), leaked: answers.flatMap((a) => leaked(JSON.stringify(a.json))), after: await snapshot() }).toEqual({
      statuses: [true, true, true, true],
      leaked: [],
      after: before,
    })
  })

  it('A1 and B1 both submit their own drafts (the refusals are about the organisation)', async () => {
    const ownA = await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { owner: actors.vendorA.organisation, _status: 'draft' }) as never, draft: true, ...system })
    const answer = await transition(booted.api, A1(), { collection: 'vendors', id: ownA.id, to: 'in-review' })
    expect({ status: answer.status, state: (await newest(ownA.id)).workflow?.state }).toEqual({ status: 200, state: 'in-review' })
  })
})

describe('other doors to B’s entries: duplicate, count, restore, search, the workflow’s status and diff', () => {
  const secretCount = async () => (await booted.payload.count({ collection: 'vendors', where: { name: { like: SECRET } }, ...system })).totalDocs

  it('duplicating B’s entries (REST and GraphQL, even naming A as the owner) copies none of B’s unpublished text', async () => {
    const before = await secretCount()
    const texts: string[] = []
    const copied: Record<string, boolean[]> = {}
    for (const id of bUnpublished()) {
      const viaRest = await rest('post', `/vendors/${id}/duplicate?draft=true`, A1(), { owner: actors.vendorA.organisation })
      const viaGraphql = await gql(`mutation { duplicateVendor(id: ${id}, data: { owner: ${actors.vendorA.organisation} }) { id name } }`, A1())
      copied[String(id)] = [viaRest.status < 300, Boolean(viaGraphql.data?.duplicateVendor)]
      texts.push(viaRest.text, viaGraphql.text)
    }
    // B's published entries are public, but a copy of a competitor's listing is not A's to make.
    const publishedCopies: Record<string, boolean[]> = {}
    for (const id of bPublished()) {
      const viaRest = await rest('post', `/vendors/${id}/duplicate?draft=true`, A1(), { owner: actors.vendorA.organisation })
      const viaGraphql = await gql(`mutation { duplicateVendor(id: ${id}, data: { owner: ${actors.vendorA.organisation} }) { id name } }`, A1())
      publishedCopies[String(id)] = [viaRest.status < 300, Boolean(viaGraphql.data?.duplicateVendor)]
      texts.push(viaRest.text, viaGraphql.text)
    }
    expect({ secretCopies: (await secretCount()) - before, copied, publishedCopies, leaked: texts.flatMap((t) => leaked(t)) }).toEqual({
      secretCopies: 0,
      copied: Object.fromEntries(bUnpublished().map((id) => [String(id), [false, false]])),
      publishedCopies: Object.fromEntries(bPublished().map((id) => [String(id), [false, false]])),
      leaked: [],
    })
  })

  it('A1 may duplicate its own organisation’s entry, which stays A’s draft', async () => {
    const own = await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { name: `Kopikilde ${unique()}`, owner: actors.vendorA.organisation, _status: 'draft' }) as never, draft: true, ...system })
    const answer = await rest('post', `/vendors/${own.id}/duplicate?draft=true`, A1(), {})
    // Payload answers a duplicate with 200.
    expect({ status: answer.status, owner: String(answer.json?.doc?.owner?.id ?? answer.json?.doc?.owner) }).toEqual({ status: 200, owner: String(actors.vendorA.organisation) })
  })

  it('counting by where finds none of B’s unpublished entries', async () => {
    const answers = [
      await rest('get', `/vendors/count?where[name][like]=${SECRET}&draft=true`, A1()),
      await rest('get', `/vendors/count?${inQuery('id', bUnpublished())}&draft=true`, A1()),
      await rest('get', `/vendors/count?where[owner][equals]=${actors.vendorB.organisation}&draft=true`, A1()),
    ]
    expect(answers.map((a) => (a.status === 200 ? a.json?.totalDocs : `status ${a.status}`))).toEqual([0, 0, bPublished().length])
  })

  it('restoring a version of B’s entry is refused and B’s entry keeps its text', async () => {
    const version = (await booted.payload.findVersions({ collection: 'vendors', where: { parent: { equals: fixtures.b.publishedWithDraft } }, sort: 'createdAt', limit: 1, ...system })).docs[0]!
    const before = { newest: (await newest(fixtures.b.publishedWithDraft)).name, main: (await mainDoc(fixtures.b.publishedWithDraft)).name }
    const restored = await rest('post', `/vendors/versions/${version.id}?draft=true`, A1())
    const graph = await gql(`mutation { restoreVersionVendor(id: ${version.id}, draft: true) { id name } }`, A1())
    expect({
      rest: [403, 404].includes(restored.status),
      graphql: graph.data?.restoreVersionVendor ?? null,
      after: { newest: (await newest(fixtures.b.publishedWithDraft)).name, main: (await mainDoc(fixtures.b.publishedWithDraft)).name },
      leaked: [...leaked(restored.text), ...leaked(graph.text)],
    }).toEqual({ rest: true, graphql: null, after: before, leaked: [] })
  })

  it('re-confirming B’s entries (POST /api/vendors/reconfirm) is refused and changes nothing; the status answer carries nothing of B’s drafts', async () => {
    const before = await Promise.all(allB().map(async (id) => ({ newest: (await newest(id)).name, state: (await newest(id)).workflow?.state })))
    const posts = await Promise.all(allB().map(async (id) => (await rest('post', '/vendors/reconfirm', A1(), { id })).status))
    const gets = await Promise.all(allB().map(async (id) => rest('get', `/vendors/reconfirm?id=${id}`, A1())))
    const after = await Promise.all(allB().map(async (id) => ({ newest: (await newest(id)).name, state: (await newest(id)).workflow?.state })))
    expect({
      posts: posts.map((s) => [403, 404].includes(s)),
      allowed: gets.map((g) => g.json?.allowed === true),
      leaked: gets.flatMap((g) => leaked(g.text)),
      after,
    }).toEqual({ posts: allB().map(() => true), allowed: allB().map(() => false), leaked: [], after: before })
  })

  it('the site search (REST and GraphQL) holds none of B’s unpublished text', async () => {
    const answer = await rest('get', `/search?limit=100&where[title][like]=${SECRET}`, A1())
    const graph = await gql(`{ Searches(where: { title: { like: "${SECRET}" } }) { docs { id title } } }`, A1())
    expect({ rest: answer.json?.docs ?? [], graphql: graph.data?.Searches?.docs ?? [], leaked: [...leaked(answer.text), ...leaked(graph.text)] }).toEqual({ rest: [], graphql: [], leaked: [] })
  })

  it('GET /api/workflow/status and /api/workflow/diff of B’s unpublished entries answer 404 to A1, with nothing of B’s drafts', async () => {
    const answers: Answer[] = []
    for (const id of bUnpublished()) {
      answers.push(await rest('get', `/workflow/status?collection=vendors&id=${id}`, A1()))
      answers.push(await rest('get', `/workflow/diff?collection=vendors&id=${id}`, A1()))
    }
    expect({ statuses: [...new Set(answers.map((a) => a.status))], leaked: answers.flatMap((a) => leaked(a.text)) }).toEqual({ statuses: [404], leaked: [] })
  })

  it('of B’s published entry with a newer draft, A1 gets the public version’s state and no thread, and no diff (B’s versions are B’s)', async () => {
    const status = await rest('get', `/workflow/status?collection=vendors&id=${fixtures.b.publishedWithDraft}`, A1())
    const diff = await rest('get', `/workflow/diff?collection=vendors&id=${fixtures.b.publishedWithDraft}`, A1())
    expect({ status: status.status, state: status.json?.state, comments: status.json?.comments, transitions: status.json?.transitions, diff: diff.status, leaked: [...leaked(status.text), ...leaked(diff.text)] }).toEqual({
      status: 200,
      state: 'published',
      comments: [],
      transitions: [],
      diff: 404,
      leaked: [],
    })
  })

  it('B1 gets the workflow status and diff of its own entry (the 404s above are about the organisation)', async () => {
    const status = await rest('get', `/workflow/status?collection=vendors&id=${fixtures.b.changes}`, actors.vendorB.token)
    const diff = await rest('get', `/workflow/diff?collection=vendors&id=${fixtures.b.publishedWithDraft}`, actors.vendorB.token)
    expect({ status: status.status, diff: diff.status, proposed: diff.text.includes(SECRET) }).toEqual({ status: 200, diff: 200, proposed: true })
  })
})

describe('the admin’s start page', () => {
  const requestAs = async (id: Id): Promise<PayloadRequest> => {
    const user = await booted.payload.findByID({ collection: 'users', id, depth: 0, ...system })
    return createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, booted.payload)
  }
  const entryIds = (data: Awaited<ReturnType<typeof vendorStartData>>) => Object.values(data.byState).flatMap((list) => list.map((e) => String(e.id)))

  it('A1’s and A2’s start pages list A’s entries and nothing of B; the editors’ queue is empty to a vendor and holds B’s submitted entry for staff', async () => {
    const a1 = await vendorStartData(await requestAs(actors.vendorA.id))
    const a2 = await vendorStartData(await requestAs(fixtures.A2.id))
    const queueA1 = await vendorQueue(await requestAs(actors.vendorA.id))
    const queueEditor = await vendorQueue(await requestAs(actors.editor.id))
    expect({
      a1Organisation: String(a1.organisation?.id),
      a1Own: strs(Object.values(fixtures.a)).filter((id) => entryIds(a1).includes(id)),
      a2Own: strs(Object.values(fixtures.a)).filter((id) => entryIds(a2).includes(id)),
      ofB: [...entryIds(a1), ...entryIds(a2)].filter((id) => strs(allB()).includes(id)),
      leaked: [...leaked(JSON.stringify(a1)), ...leaked(JSON.stringify(a2)), ...leaked(JSON.stringify(queueA1))],
      queueA1,
      editorSeesB: queueEditor.some((item) => String(item.id) === String(fixtures.b.review)),
    }).toEqual({
      a1Organisation: String(actors.vendorA.organisation),
      a1Own: strs(Object.values(fixtures.a)),
      a2Own: strs(Object.values(fixtures.a)),
      ofB: [],
      leaked: [],
      queueA1: [],
      editorSeesB: true,
    })
  })
})

describe('A2 sees what A1 made; B sees none of it', () => {
  it('an entry, a comment and an invitation A1 makes are read by A2 (REST and GraphQL), and by neither B1 nor B2', async () => {
    const made = await rest('post', '/vendors?draft=true', A1(), vendorData(category.id, { name: `A1 lager ${unique()}`, _status: 'draft' }))
    expect(made.status).toBe(201)
    const id = made.json.doc.id as Id
    const commentId = await comment(A1(), id, 'A1 sin merknad')
    const invitationId = await invite(A1(), `a1-inviterer-${unique()}@test.videoveileder.no`)
    const reads = async (token: string) => ({
      entry: (await rest('get', `/vendors/${id}?draft=true`, token)).status,
      entryGql: (await gql(`query($id: Int!) { Vendor(id: $id, draft: true) { id } }`, token, { id: Number(id) })).data?.Vendor?.id !== undefined,
      comment: (await rest('get', `/review-comments/${commentId}`, token)).status,
      invitation: (await rest('get', `/vendor-invitations/${invitationId}`, token)).status,
    })
    expect({ A2: await reads(fixtures.A2.token), B1: await reads(actors.vendorB.token), B2: await reads(fixtures.B2.token) }).toEqual({
      A2: { entry: 200, entryGql: true, comment: 200, invitation: 200 },
      B1: { entry: 404, entryGql: false, comment: 404, invitation: 404 },
      B2: { entry: 404, entryGql: false, comment: 404, invitation: 404 },
    })
  })

  it('A2 edits the entry A1 made, and it stays A’s', async () => {
    const id = await entry(actors.vendorA.organisation, `A felles ${unique()}`, 'draft')
    const answer = await rest('patch', `/vendors/${id}?draft=true`, fixtures.A2.token, { shortDescription: 'A2 retter' })
    const stored = await newest(id)
    expect({ status: answer.status, text: stored.shortDescription, owner: String(stored.owner) }).toEqual({ status: 200, text: 'A2 retter', owner: String(actors.vendorA.organisation) })
  })
})

describe('anonymous GraphQL sees only what is published', () => {
  it('Vendors and Vendor with draft: true, versions, comments, invitations and users', async () => {
    const list = await gql('{ Vendors(limit: 500, draft: true) { docs { id name } } }')
    const withDraft = await gql(`query($id: Int!) { Vendor(id: $id, draft: true) { id name } }`, undefined, { id: Number(fixtures.a.publishedWithDraft) })
    const draft = await gql(`query($id: Int!) { Vendor(id: $id, draft: true) { id name } }`, undefined, { id: Number(fixtures.a.draft) })
    const versions = await gql('{ versionsVendors(limit: 10) { docs { id } } }')
    const comments = await gql('{ ReviewComments(limit: 10) { docs { id } } }')
    const invitations = await gql('{ VendorInvitations(limit: 10) { docs { id } } }')
    const users = await gql('{ Users(limit: 10) { docs { id } } }')
    const listed = ids(list.data?.Vendors?.docs)
    const aPublishedName = (await mainDoc(fixtures.a.publishedWithDraft)).name
    expect({
      unpublished: strs([fixtures.a.draft, fixtures.a.review, ...bUnpublished()]).filter((i) => listed.includes(i)),
      published: strs([fixtures.a.published, fixtures.a.publishedWithDraft, ...bPublished()]).filter((i) => listed.includes(i)),
      withDraft: withDraft.data?.Vendor?.name,
      draft: draft.data?.Vendor ?? null,
      versions: versions.data?.versionsVendors ?? null,
      comments: comments.data?.ReviewComments?.docs ?? null,
      invitations: invitations.data?.VendorInvitations?.docs ?? null,
      users: users.data?.Users?.docs ?? null,
      leaked: [list, withDraft, draft, versions, comments, invitations, users].flatMap((a) => leaked(a.text, 'anonymous')),
    }).toEqual({
      unpublished: [],
      published: strs([fixtures.a.published, fixtures.a.publishedWithDraft, ...bPublished()]),
      withDraft: aPublishedName,
      draft: null,
      versions: null,
      comments: null,
      invitations: null,
      users: null,
      leaked: [],
    })
  })
})

describe('mail: nothing of B’s reaches A', () => {
  let mails: SmtpCapture['messages'] = []
  const lower = (list: string[]) => list.map((a) => a.toLowerCase())

  const aComment = `Rett opp A ${unique()}`

  beforeAll(async () => {
    // A decision on A's entry too, so that A's members have mail of their own to look into.
    const asked = await transition(booted.api, actors.editor.token, { collection: 'vendors', id: fixtures.a.review, to: 'changes-requested', comment: aComment })
    if (asked.status !== 200) throw new Error(`changes-requested on A: ${asked.status} ${JSON.stringify(asked.json)}`)
    // The queued mail jobs (decisions, invitations, submissions) run as the app's runner would run them.
    for (let round = 0; round < 5; round++) await booted.payload.jobs.run({ silent: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    mails = [...capture.messages]
  })

  it('no mail to A1 or A2 carries B’s unpublished text, and every mail with it goes to B, B’s invitees or staff', async () => {
    const aAddresses = lower([actors.vendorA.email, fixtures.A2.email])
    const allowed = (to: string) =>
      lower([actors.vendorB.email, fixtures.B2.email, actors.editor.email, actors.admin.email]).includes(to) || to.startsWith(SECRET.toLowerCase())
    const withSecret = mails.filter((m) => `${m.subject}\n${m.text}\n${m.html ?? ''}`.toLowerCase().includes(SECRET.toLowerCase()))
    const toA = mails.filter((m) => lower(m.to).some((to) => aAddresses.includes(to)))
    expect({
      aGotMail: toA.length > 0,
      toAWithSecret: toA.filter((m) => withSecret.includes(m)).map((m) => m.subject),
      outsiders: withSecret.flatMap((m) => lower(m.to)).filter((to) => !allowed(to)),
    }).toEqual({ aGotMail: true, toAWithSecret: [], outsiders: [] })
  })

  it('the editor’s request for changes is mailed, with the comment, to the members of the entry’s organisation only', async () => {
    const recipientsOf = (text: string) => [...new Set(mails.filter((m) => m.text.includes(text)).flatMap((m) => lower(m.to)))].sort()
    expect({ b: recipientsOf(`Rett opp ${SECRET}`), a: recipientsOf(aComment) }).toEqual({
      b: lower([actors.vendorB.email, fixtures.B2.email]).sort(),
      a: lower([actors.vendorA.email, fixtures.A2.email]).sort(),
    })
  })

  it('B’s invitations are mailed to the invited addresses only', async () => {
    const invited = mails.filter((m) => lower(m.to).some((to) => to.startsWith(SECRET.toLowerCase()) && to !== fixtures.B2.email.toLowerCase()))
    const recipients = [...new Set(invited.flatMap((m) => lower(m.to)))].sort()
    expect(recipients).toEqual([`${SECRET.toLowerCase()}-kollega@test.videoveileder.no`, `${SECRET.toLowerCase()}-ny@test.videoveileder.no`])
  })
})
