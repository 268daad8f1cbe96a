import type { CollectionSlug } from 'payload'

import { FIXTURE_PASSWORD } from '../../fixtures/users'
import { bootWithRoles } from '../../helpers/boot'
import { unique } from '../../helpers/content'

const { booted, actors } = bootWithRoles()

type Entry = {
  id: number | string
  action: string
  actor?: number | string | { id: number | string } | null
  actorLabel: string
  collection?: string | null
  docId?: string | null
  fields?: string[] | null
  detail?: string | null
  createdAt: string
}

const AUDIT = 'audit-log' as CollectionSlug

beforeAll(async () => {
  // The settings a publish reads; the second pair of eyes off, so one editor's steps are recorded as they come
  // (the review workflow has its own tests).
  await booted.payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    data: {
      siteName: 'Videoveileder',
      secondPairOfEyes: false,
      disclaimers: { notExhaustive: 'Ikke uttømmende.', notApproval: 'Ingen godkjenning.', clinicianResponsible: 'Behandlers ansvar.' },
    } as never,
  })
})
const idOf = (actor: Entry['actor']) => (actor && typeof actor === 'object' ? actor.id : actor)

/** The entries about one document (or all of one action), oldest first, read as the system. */
async function entries(where: Record<string, unknown>): Promise<Entry[]> {
  const { docs } = await booted.payload.find({ collection: AUDIT, where: where as never, sort: 'createdAt', limit: 100, depth: 0, overrideAccess: true })
  return docs as unknown as Entry[]
}
/** Entries about one document since `since` (SQLite reuses a deleted document's id). */
const about = (collection: string, id: number | string, since = new Date(0)) =>
  entries({ and: [{ collection: { equals: collection } }, { docId: { equals: String(id) } }, { createdAt: { greater_than_equal: since.toISOString() } }] })
const summary = (e: Entry) => ({ action: e.action, actor: idOf(e.actor) == null ? null : String(idOf(e.actor)), label: e.actorLabel })

async function json(response: Response) {
  return (await response.json()) as any
}

describe('content changes in the audit log', () => {
  it("the server's bookkeeping is no change: a review step is only its 'review' entry, a draft save lists only what the editor changed", async () => {
    const since = new Date()
    const created = await json(await booted.api.post('/articles?draft=true', { token: actors.editor.token, body: { title: `Bokføring ${unique()}`, _status: 'draft' } }))
    const id = created.doc.id
    expect((await booted.api.patch(`/articles/${id}?draft=true`, { token: actors.editor.token, body: { lead: 'Ny ingress.' } })).status).toBe(200)
    expect((await booted.api.post('/workflow/transition', { token: actors.editor.token, body: { collection: 'articles', id, to: 'in-review' } })).status).toBe(200)
    expect((await about('articles', id, since)).map((e) => [e.action, e.fields ?? []])).toEqual([
      ['create', []],
      ['update', ['lead']],
      ['review', []],
    ])
  })

  it('records create, update (the changed fields), publish, unpublish and delete with the acting user', async () => {
    const { editor, admin } = actors
    const since = new Date()
    const created = await json(await booted.api.post('/articles?draft=true', { token: editor.token, body: { title: `Revisjon ${unique()}`, _status: 'draft' } }))
    const id = created.doc.id
    const updated = await booted.api.patch(`/articles/${id}?draft=true`, { token: editor.token, body: { lead: 'En ny ingress.', _status: 'draft' } })
    expect(updated.status).toBe(200)
    const published = await booted.api.patch(`/articles/${id}`, {
      token: admin.token,
      body: { _status: 'published', title: 'Revidert tittel', changeNote: 'Første versjon.' },
    })
    expect(published.status).toBe(200)
    const unpublished = await booted.api.patch(`/articles/${id}`, { token: admin.token, body: { _status: 'draft' } })
    expect(unpublished.status).toBe(200)
    const deleted = await booted.api.delete(`/articles/${id}`, { token: admin.token })
    expect(deleted.status).toBe(200)

    const log = await about('articles', id, since)
    expect(log.map(summary)).toEqual([
      { action: 'create', actor: String(editor.id), label: editor.email },
      { action: 'update', actor: String(editor.id), label: editor.email },
      { action: 'publish', actor: String(admin.id), label: admin.email },
      { action: 'unpublish', actor: String(admin.id), label: admin.email },
      { action: 'delete', actor: String(admin.id), label: admin.email },
    ])
    const [, update, publish] = log
    expect(update!.fields).toContain('lead')
    expect(update!.fields).not.toContain('title')
    // The publish lists what changed for the public: the document was never published before.
    expect(publish!.fields).toEqual(expect.arrayContaining(['title', 'lead']))
  })

  it('a save that changes nothing is not recorded; a collection without drafts records its updates too', async () => {
    const { editor } = actors
    const since = new Date()
    const created = await json(await booted.api.post('/profession-categories', { token: editor.token, body: { name: `Gruppe ${unique()}`, order: 3 } }))
    const id = created.doc.id
    await booted.api.patch(`/profession-categories/${id}`, { token: editor.token, body: { order: 3 } })
    await booted.api.patch(`/profession-categories/${id}`, { token: editor.token, body: { order: 4 } })
    const log = await about('profession-categories', id, since)
    expect(log.map((e) => [e.action, e.fields ?? []])).toEqual([
      ['create', []],
      ['update', ['order']],
    ])
  })

  it('autosaves are recorded once per version: the first autosave of a session, not every one', async () => {
    const { editor } = actors
    const since = new Date()
    const created = await json(await booted.api.post('/articles?draft=true', { token: editor.token, body: { title: `Autolagring ${unique()}`, _status: 'draft' } }))
    const id = created.doc.id
    for (const lead of ['Én', 'Én to', 'Én to tre']) {
      const response = await booted.api.patch(`/articles/${id}?draft=true&autosave=true`, { token: editor.token, body: { lead, _status: 'draft' } })
      expect(response.status).toBe(200)
    }
    const log = await about('articles', id, since)
    expect(log.map((e) => e.action)).toEqual(['create', 'update'])
    expect(log[1]!.fields).toEqual(['lead'])
  })

  it('records an update of the site settings and the navigation with the changed fields', async () => {
    const { admin } = actors
    const before = (await entries({ collection: { equals: 'site-settings' } })).length
    const response = await booted.api.post('/globals/site-settings', { token: admin.token, body: { siteName: `Videoveileder ${unique()}` } })
    expect(response.status).toBe(200)
    const log = await entries({ collection: { equals: 'site-settings' } })
    expect(log).toHaveLength(before + 1)
    expect(summary(log.at(-1)!)).toEqual({ action: 'update', actor: String(admin.id), label: admin.email })
    expect(log.at(-1)!.fields).toEqual(['siteName'])
  })
})

describe('accounts in the audit log', () => {
  it('records a login with the user', async () => {
    const { editor } = actors
    await booted.api.login(editor.email, FIXTURE_PASSWORD)
    const logins = await entries({ and: [{ action: { equals: 'login' } }, { actor: { equals: editor.id } }] })
    expect(logins.length).toBeGreaterThan(0)
    expect(summary(logins.at(-1)!)).toEqual({ action: 'login', actor: String(editor.id), label: editor.email })
  })

  it('records a failed login over REST and GraphQL with the e-mail tried, never the password', async () => {
    const tried = `ukjent-${unique()}@example.no`
    const rest = await booted.api.post('/users/login', { body: { email: tried, password: 'feil-passord-123' } })
    expect(rest.status).toBe(401)
    const wrongPassword = await booted.api.post('/users/login', { body: { email: actors.vendorA.email, password: 'hemmelig-feil-999' } })
    expect(wrongPassword.status).toBe(401)
    const graphql = await booted.api.graphql(`mutation { loginUser(email: ${JSON.stringify(tried.toUpperCase())}, password: "gql-feil-456") { token } }`)
    expect(graphql.body.errors?.length).toBeGreaterThan(0)

    const failed = await entries({ action: { equals: 'login-failed' } })
    expect(failed.filter((e) => e.actorLabel === tried).map(summary)).toEqual([
      { action: 'login-failed', actor: null, label: tried },
      { action: 'login-failed', actor: null, label: tried },
    ])
    expect(failed.filter((e) => e.actorLabel === actors.vendorA.email)).toHaveLength(1)
    const stored = JSON.stringify(failed)
    for (const password of ['feil-passord-123', 'hemmelig-feil-999', 'gql-feil-456']) expect(stored).not.toContain(password)
  })

  it('records a role change with the old and the new roles', async () => {
    const { admin } = actors
    const user = await booted.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `rolle-${unique()}@test.videoveileder.no`, password: FIXTURE_PASSWORD, name: 'Rolf Rolle', roles: ['editor'] } as never,
    })
    const nameOnly = await booted.api.patch(`/users/${user.id}`, { token: admin.token, body: { name: 'Rolf Rolleskift' } })
    expect(nameOnly.status).toBe(200)
    const response = await booted.api.patch(`/users/${user.id}`, { token: admin.token, body: { roles: ['admin'] } })
    expect(response.status).toBe(200)
    const changes = (await about('users', user.id)).filter((e) => e.action === 'role-change')
    expect(changes.map((e) => ({ ...summary(e), detail: e.detail }))).toEqual([
      { action: 'role-change', actor: String(admin.id), label: admin.email, detail: 'editor → admin' },
    ])
  })
})

describe('who reads the audit log', () => {
  it('an admin reads it over REST and GraphQL', async () => {
    const rest = await booted.api.get('/audit-log?limit=5', { token: actors.admin.token })
    expect(rest.status).toBe(200)
    expect((await json(rest)).docs.length).toBeGreaterThan(0)
    const gql = await booted.api.graphql('{ AuditLogs(limit: 5) { docs { id action actorLabel } } }', { token: actors.admin.token })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.AuditLogs.docs.length).toBeGreaterThan(0)
  })

  it.each(['editor', 'vendorA', 'anonymous'] as const)('%s gets nothing over REST or GraphQL', async (who) => {
    const token = who === 'anonymous' ? undefined : actors[who].token
    const [one] = await entries({})
    const list = await booted.api.get('/audit-log', { token })
    const byId = await booted.api.get(`/audit-log/${one!.id}`, { token })
    const gqlList = await booted.api.graphql('{ AuditLogs { docs { id actorLabel } } }', { token })
    const gqlOne = await booted.api.graphql(`{ AuditLog(id: ${JSON.stringify(one!.id)}) { id actorLabel } }`, { token })
    expect({ list: list.status, byId: byId.status }).toEqual({ list: 403, byId: 403 })
    expect(JSON.stringify(await json(list))).not.toContain('actorLabel')
    expect({ list: gqlList.body.data?.AuditLogs ?? null, one: gqlOne.body.data?.AuditLog ?? null }).toEqual({ list: null, one: null })
    expect(gqlList.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('nobody writes the audit log through an API', () => {
  const everyone = ['admin', 'editor', 'vendorA', 'anonymous'] as const
  const tokenOf = (who: (typeof everyone)[number]) => (who === 'anonymous' ? undefined : actors[who].token)

  it.each(everyone)('%s cannot create an entry over REST or GraphQL', async (who) => {
    const before = await booted.payload.count({ collection: AUDIT, overrideAccess: true })
    const body = { action: 'login', actorLabel: 'forfalsket@example.no' }
    const rest = await booted.api.post('/audit-log', { token: tokenOf(who), body })
    const gql = await booted.api.graphql('mutation { createAuditLog(data: { action: login, actorLabel: "forfalsket@example.no" }) { id } }', { token: tokenOf(who) })
    expect(rest.status).toBe(403)
    expect(gql.body.data?.createAuditLog ?? null).toBeNull()
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await entries({ actorLabel: { equals: 'forfalsket@example.no' } })).length).toBe(0)
    // Logging in to get the tokens above wrote nothing new here; what the refusals wrote is nothing either.
    expect(await booted.payload.count({ collection: AUDIT, overrideAccess: true })).toEqual(before)
  })

  it.each(everyone)('%s cannot change or delete an entry over REST (one or many by where) or GraphQL', async (who) => {
    const token = tokenOf(who)
    const [entry] = await entries({ action: { equals: 'create' } })
    const id = entry!.id
    const where = `where[id][equals]=${encodeURIComponent(String(id))}`
    const everything = 'where[id][exists]=true'
    const total = await booted.payload.count({ collection: AUDIT, overrideAccess: true })

    const outcomes = {
      patchOne: (await booted.api.patch(`/audit-log/${id}`, { token, body: { actorLabel: 'endret' } })).status,
      patchWhere: (await booted.api.patch(`/audit-log?${where}`, { token, body: { actorLabel: 'endret' } })).status,
      deleteOne: (await booted.api.delete(`/audit-log/${id}`, { token })).status,
      deleteWhere: (await booted.api.delete(`/audit-log?${where}`, { token })).status,
      deleteAll: (await booted.api.delete(`/audit-log?${everything}`, { token })).status,
    }
    const gqlUpdate = await booted.api.graphql(`mutation { updateAuditLog(id: ${JSON.stringify(id)}, data: { actorLabel: "endret" }) { id } }`, { token })
    const gqlDelete = await booted.api.graphql(`mutation { deleteAuditLog(id: ${JSON.stringify(id)}) { id } }`, { token })

    expect(outcomes).toEqual({ patchOne: 403, patchWhere: 403, deleteOne: 403, deleteWhere: 403, deleteAll: 403 })
    expect([gqlUpdate.body.data?.updateAuditLog ?? null, gqlDelete.body.data?.deleteAuditLog ?? null]).toEqual([null, null])
    expect(gqlUpdate.body.errors?.length).toBeGreaterThan(0)
    expect(gqlDelete.body.errors?.length).toBeGreaterThan(0)
    const after = (await booted.payload.findByID({ collection: AUDIT, id, overrideAccess: true, depth: 0 })) as unknown as Entry
    expect(after.actorLabel).toBe(entry!.actorLabel)
    expect(await booted.payload.count({ collection: AUDIT, overrideAccess: true })).toEqual(total)
  })

  it('the server itself cannot change or delete an entry either (append-only below the API)', async () => {
    const [entry] = await entries({})
    await expect(booted.payload.update({ collection: AUDIT, id: entry!.id, data: { actorLabel: 'x' } as never, overrideAccess: true })).rejects.toThrow()
    await expect(booted.payload.delete({ collection: AUDIT, id: entry!.id, overrideAccess: true })).rejects.toThrow()
    expect(((await booted.payload.findByID({ collection: AUDIT, id: entry!.id, overrideAccess: true })) as unknown as Entry).actorLabel).toBe(entry!.actorLabel)
  })
})
