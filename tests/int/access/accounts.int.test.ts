import { jest } from '@jest/globals'

import { FIXTURE_PASSWORD } from '../../fixtures/users'
import { unique } from '../../helpers/content'
import { bootWithRoles } from '../../helpers/boot'
import { allMessagesOf } from '../../helpers/refusals'

const { booted, actors } = bootWithRoles()

const stored = (id: number | string) => booted.payload.findByID({ collection: 'users', id, overrideAccess: true, showHiddenFields: true })

/** A vendor of its own, so that changing its e-mail or password disturbs no other test. */
async function freshVendor() {
  const email = `vendor-${unique()}@test.videoveileder.no`
  const doc = await booted.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password: FIXTURE_PASSWORD, name: 'Ny Leverandør', roles: ['vendor'] },
  })
  return { id: doc.id, email, token: await booted.api.login(email, FIXTURE_PASSWORD) }
}

/** An editor of its own: a vendor may not change its e-mail at all (refuseVendorEmailChange), staff with the password. */
async function freshEditor() {
  const user = await freshVendor()
  await booted.payload.update({ collection: 'users', id: user.id, data: { roles: ['editor'] }, overrideAccess: true })
  return { ...user, token: await booted.api.login(user.email, FIXTURE_PASSWORD) }
}

const NEW_PASSWORD = 'Helt-nytt-og-langt-passord-7'

describe('a stolen token is not enough to take over an account', () => {
  it('changing one’s own e-mail without the current password is refused, and nothing changes', async () => {
    const vendor = await freshEditor()
    const response = await booted.api.patch(`/users/${vendor.id}`, { token: vendor.token, body: { email: `tyv-${unique()}@evil.example` } })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/nåværende passord/i)
    expect((await stored(vendor.id)).email).toBe(vendor.email)
  })

  it('changing one’s own password without the current password is refused; the old one still works', async () => {
    const vendor = await freshVendor()
    const response = await booted.api.patch(`/users/${vendor.id}`, { token: vendor.token, body: { password: NEW_PASSWORD } })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/nåværende passord/i)
    await expect(booted.api.login(vendor.email, FIXTURE_PASSWORD)).resolves.toEqual(expect.any(String))
    await expect(booted.api.login(vendor.email, NEW_PASSWORD)).rejects.toThrow()
  })

  it('a wrong current password is refused too', async () => {
    const vendor = await freshVendor()
    const response = await booted.api.patch(`/users/${vendor.id}`, {
      token: vendor.token,
      body: { password: NEW_PASSWORD, currentPassword: 'Gjettet-passord-123' },
    })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/nåværende passord er feil/i)
    await expect(booted.api.login(vendor.email, NEW_PASSWORD)).rejects.toThrow()
  })

  it('guessing the current password counts as failed logins: after five wrong guesses the account is locked', async () => {
    const vendor = await freshVendor()
    for (let guess = 1; guess <= 5; guess++) {
      const response = await booted.api.patch(`/users/${vendor.id}`, {
        token: vendor.token,
        body: { password: NEW_PASSWORD, currentPassword: `Gjettet-passord-${guess}00` },
      })
      expect(response.status).toBe(400)
    }
    const user = (await stored(vendor.id)) as { lockUntil?: string | null }
    expect(user.lockUntil && new Date(user.lockUntil).getTime()).toBeGreaterThan(Date.now())
    await expect(booted.api.login(vendor.email, FIXTURE_PASSWORD)).rejects.toThrow()
    await expect(booted.api.login(vendor.email, NEW_PASSWORD)).rejects.toThrow()
  })

  it('over GraphQL as well', async () => {
    const vendor = await freshVendor()
    const { body } = await booted.api.graphql(`mutation { updateUser(id: ${vendor.id}, data: { email: "gql-${unique()}@evil.example" }) { email } }`, {
      token: vendor.token,
    })
    expect(body.errors?.length).toBeGreaterThan(0)
    expect((await stored(vendor.id)).email).toBe(vendor.email)
  })

  it('a vendor cannot move its verified account to another address, not even with the current password (REST and GraphQL)', async () => {
    const vendor = await freshVendor()
    const elsewhere = `annen-${unique()}@test.videoveileder.no`
    const rest = await booted.api.patch(`/users/${vendor.id}`, { token: vendor.token, body: { email: elsewhere, currentPassword: FIXTURE_PASSWORD } })
    const { body } = await booted.api.graphql(`mutation { updateUser(id: ${vendor.id}, data: { email: "${elsewhere}", currentPassword: "${FIXTURE_PASSWORD}" }) { email } }`, { token: vendor.token })
    expect({ status: rest.status, says: await allMessagesOf(rest), gql: Boolean(body.errors?.length), stored: (await stored(vendor.id)).email }).toEqual({
      status: 400,
      says: expect.stringContaining('kan du ikke endre e-postadressen din selv'),
      gql: true,
      stored: vendor.email,
    })
  })

  it('with the current password, an editor changes e-mail and then password, and the new ones work', async () => {
    const vendor = await freshEditor()
    const email = `ny-${unique()}@test.videoveileder.no`
    const changed = await booted.api.patch(`/users/${vendor.id}`, { token: vendor.token, body: { email, currentPassword: FIXTURE_PASSWORD } })
    expect(changed.status).toBe(200)
    const token = await booted.api.login(email, FIXTURE_PASSWORD)
    const renewed = await booted.api.patch(`/users/${vendor.id}`, { token, body: { password: NEW_PASSWORD, currentPassword: FIXTURE_PASSWORD } })
    expect(renewed.status).toBe(200)
    await expect(booted.api.login(email, NEW_PASSWORD)).resolves.toEqual(expect.any(String))
    await expect(booted.api.login(email, FIXTURE_PASSWORD)).rejects.toThrow()
  })

  it('the admin’s own password form works: the body the admin sends, with the current password field filled in', async () => {
    const response = await booted.api.patch(`/users/${actors.admin.id}`, {
      token: actors.admin.token,
      body: {
        email: actors.admin.email,
        name: 'Ada Admin',
        roles: ['admin'],
        password: NEW_PASSWORD,
        'confirm-password': NEW_PASSWORD,
        currentPassword: FIXTURE_PASSWORD,
      },
    })
    expect(response.status).toBe(200)
    const json = (await response.json()) as { doc: Record<string, unknown> }
    expect(json.doc).not.toHaveProperty('currentPassword')
    const read = (await (await booted.api.get(`/users/${actors.admin.id}`, { token: actors.admin.token })).json()) as Record<string, unknown>
    expect(read.currentPassword ?? null).toBeNull()
    await expect(booted.api.login(actors.admin.email, NEW_PASSWORD)).resolves.toEqual(expect.any(String))
    // Put it back for the other tests.
    await booted.payload.update({ collection: 'users', id: actors.admin.id, data: { password: FIXTURE_PASSWORD }, overrideAccess: true })
    actors.admin.token = await booted.api.login(actors.admin.email, FIXTURE_PASSWORD)
  })

  it('saving one’s own profile with the same e-mail (as the admin form always sends it) needs no password', async () => {
    const vendor = await freshVendor()
    const response = await booted.api.patch(`/users/${vendor.id}`, {
      token: vendor.token,
      body: { email: vendor.email.toUpperCase(), name: 'Nytt Navn', roles: ['vendor'] },
    })
    expect(response.status).toBe(200)
    expect((await stored(vendor.id)).name).toBe('Nytt Navn')
  })

  it('forgot and reset password still work without the current password', async () => {
    const vendor = await freshVendor()
    const token = await booted.payload.forgotPassword({ collection: 'users', data: { email: vendor.email }, disableEmail: true })
    const response = await booted.api.post('/users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(response.status).toBe(200)
    await expect(booted.api.login(vendor.email, NEW_PASSWORD)).resolves.toEqual(expect.any(String))
  })
})

describe('passwords have at least 12 characters', () => {
  const SHORT = 'kort-pass1' // 10 characters

  it('an admin creating an account with a short password is told so in Norwegian', async () => {
    const response = await booted.api.post('/users', {
      token: actors.admin.token,
      body: { email: `kort-${unique()}@test.videoveileder.no`, password: SHORT, name: 'Kort', roles: ['editor'] },
    })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/password: .*minst 12 tegn/i)
  })

  it('a short new password of one’s own is refused', async () => {
    const vendor = await freshVendor()
    const response = await booted.api.patch(`/users/${vendor.id}`, { token: vendor.token, body: { password: SHORT, currentPassword: FIXTURE_PASSWORD } })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/minst 12 tegn/i)
    await expect(booted.api.login(vendor.email, FIXTURE_PASSWORD)).resolves.toEqual(expect.any(String))
  })

  it('a short password through reset-password is refused', async () => {
    const vendor = await freshVendor()
    const token = await booted.payload.forgotPassword({ collection: 'users', data: { email: vendor.email }, disableEmail: true })
    const response = await booted.api.post('/users/reset-password', { body: { token, password: SHORT } })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toMatch(/minst 12 tegn/i)
    await expect(booted.api.login(vendor.email, FIXTURE_PASSWORD)).resolves.toEqual(expect.any(String))
  })

  it('the form says so', () => {
    const users = booted.payload.collections.users.config
    const field = users.fields.find((f) => 'name' in f && f.name === 'currentPassword') as { admin?: { description?: unknown } }
    expect(JSON.stringify(field?.admin?.description)).toMatch(/12 tegn/)
  })
})

describe('roles cannot be raised by their holder', () => {
  it.each(['vendorA', 'editor'] as const)('%s asking for the admin role on itself gets 403 and keeps its role', async (who) => {
    const actor = actors[who]
    const before = (await stored(actor.id)).roles
    const response = await booted.api.patch(`/users/${actor.id}`, { token: actor.token, body: { roles: ['admin'] } })
    expect(response.status).toBe(403)
    expect((await stored(actor.id)).roles).toEqual(before)
  })

  it('an admin still hands out roles', async () => {
    const vendor = await freshVendor()
    const response = await booted.api.patch(`/users/${vendor.id}`, { token: actors.admin.token, body: { roles: ['editor'] } })
    expect(response.status).toBe(200)
    expect((await stored(vendor.id)).roles).toEqual(['editor'])
  })
})

describe('an admin changing another user’s e-mail or password is recorded', () => {
  it('records who and when, needs no password of the admin, and the user cannot forge the record', async () => {
    const vendor = await freshVendor()
    const email = `flyttet-${unique()}@test.videoveileder.no`
    const response = await booted.api.patch(`/users/${vendor.id}`, { token: actors.admin.token, body: { email } })
    expect(response.status).toBe(200)
    const after = await stored(vendor.id)
    expect(after.email).toBe(email)
    expect(after.credentialsChangedBy).toEqual(expect.objectContaining({ id: actors.admin.id }))
    expect(Date.now() - new Date(after.credentialsChangedAt as string).getTime()).toBeLessThan(60_000)

    const token = await booted.api.login(email, FIXTURE_PASSWORD)
    await booted.api.patch(`/users/${vendor.id}`, { token, body: { name: 'Forfalsker', credentialsChangedBy: vendor.id, credentialsChangedAt: '2000-01-01T00:00:00.000Z' } })
    const forged = await stored(vendor.id)
    expect(forged.credentialsChangedBy).toEqual(expect.objectContaining({ id: actors.admin.id }))
    expect(forged.credentialsChangedAt).toBe(after.credentialsChangedAt)
  })
})

describe('sessions are for the user itself and admins', () => {
  it('an editor listing users sees no other user’s sessions', async () => {
    const response = await booted.api.get('/users?limit=100&depth=0', { token: actors.editor.token })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: { id: number; sessions?: unknown[] }[] }
    const others = docs.filter((d) => d.id !== actors.editor.id)
    expect(others.length).toBeGreaterThan(0)
    for (const doc of others) expect(doc).not.toHaveProperty('sessions')
    const byId = await booted.api.get(`/users/${actors.vendorA.id}`, { token: actors.editor.token })
    expect(await byId.json()).not.toHaveProperty('sessions')
  })

  it('the user itself and an admin see them', async () => {
    const own = (await (await booted.api.get(`/users/${actors.vendorA.id}`, { token: actors.vendorA.token })).json()) as { sessions?: unknown[] }
    expect(own.sessions?.length).toBeGreaterThan(0)
    const asAdmin = (await (await booted.api.get(`/users/${actors.vendorA.id}`, { token: actors.admin.token })).json()) as { sessions?: unknown[] }
    expect(asAdmin.sessions?.length).toBeGreaterThan(0)
  })
})

describe('readers see only published relations and no user ids', () => {
  let published: { id: number }
  let draft: { id: number }
  let guide: { id: number }

  beforeAll(async () => {
    published = (await booted.payload.create({ collection: 'articles', data: { title: `Publisert ${unique()}`, _status: 'published' }, overrideAccess: true })) as { id: number }
    draft = (await booted.payload.create({ collection: 'articles', data: { title: `Utkast ${unique()}`, _status: 'draft' }, overrideAccess: true, draft: true })) as { id: number }
    guide = (await booted.payload.create({
      collection: 'articles',
      data: { title: `Veileder ${unique()}`, _status: 'published', relatedArticles: [draft.id, published.id], owner: actors.editor.id as number },
      overrideAccess: true,
    })) as { id: number }
  })

  const idsOf = (values: unknown[] | undefined) => (values ?? []).map((v) => (typeof v === 'object' && v ? (v as { id: number }).id : v))

  it.each([0, 1, 2])('anonymous REST at depth %d gets the published relation only, and no owner', async (depth) => {
    const one = (await (await booted.api.get(`/articles/${guide.id}?depth=${depth}`)).json()) as { relatedArticles?: unknown[]; owner?: unknown }
    expect(idsOf(one.relatedArticles)).toEqual([published.id])
    expect(one).not.toHaveProperty('owner')
    const list = (await (await booted.api.get(`/articles?depth=${depth}&where[id][equals]=${guide.id}`)).json()) as { docs: { relatedArticles?: unknown[]; owner?: unknown }[] }
    expect(idsOf(list.docs[0]?.relatedArticles)).toEqual([published.id])
    expect(list.docs[0]).not.toHaveProperty('owner')
  })

  it('a list of documents asks about their relations together: one access query, not one per document', async () => {
    const more = []
    for (let i = 0; i < 5; i++) {
      // Each relates to a draft of its own, so no answer can come from another document's question.
      const own = await booted.payload.create({ collection: 'articles', data: { title: `Eget utkast ${i} ${unique()}`, _status: 'draft' }, overrideAccess: true, draft: true })
      more.push(
        await booted.payload.create({
          collection: 'articles',
          data: { title: `Liste ${i} ${unique()}`, _status: 'published', relatedArticles: [own.id, published.id] },
          overrideAccess: true,
        }),
      )
    }
    const ids = more.map((doc) => doc.id).join(',')
    const find = jest.spyOn(booted.payload, 'find')
    try {
      const list = (await (await booted.api.get(`/articles?depth=0&where[id][in]=${ids}`)).json()) as { docs: { relatedArticles?: unknown[] }[] }
      expect(list.docs.map((doc) => idsOf(doc.relatedArticles))).toEqual(more.map(() => [published.id]))
      const relationChecks = find.mock.calls.filter(([args]) => args.collection === 'articles' && args.overrideAccess === false && (args.select as { updatedAt?: boolean } | undefined)?.updatedAt)
      expect(relationChecks).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
  })

  it('a vendor gets the same', async () => {
    const one = (await (await booted.api.get(`/articles/${guide.id}?depth=0`, { token: actors.vendorA.token })).json()) as { relatedArticles?: unknown[]; owner?: unknown }
    expect(idsOf(one.relatedArticles)).toEqual([published.id])
    expect(one).not.toHaveProperty('owner')
  })

  it('anonymous GraphQL gets the published relation only, and no owner', async () => {
    const { body } = await booted.api.graphql(`{ Article(id: ${guide.id}) { relatedArticles { id } owner { id } } }`)
    expect(body.data?.Article?.relatedArticles).toEqual([{ id: published.id }])
    expect(body.data?.Article?.owner ?? null).toBeNull()
  })

  it('the Local API read the site makes (access on, no user) gets the same', async () => {
    const doc = await booted.payload.findByID({ collection: 'articles', id: guide.id, depth: 0, overrideAccess: false })
    expect(doc.relatedArticles).toEqual([published.id])
    expect(doc.owner).toBeUndefined()
  })

  it('an internal rich-text link to a draft loses its target for readers, not for staff', async () => {
    const link = (id: number, text: string) => ({
      type: 'link', version: 3, format: '', indent: 0, direction: null,
      fields: { linkType: 'internal', doc: { relationTo: 'articles', value: id }, newTab: false },
      children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
    })
    const paragraph = { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, children: [link(draft.id, 'utkast'), link(published.id, 'publisert')] }
    const body = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] } }
    const linking = await booted.payload.create({ collection: 'articles', data: { title: `Lenker ${unique()}`, _status: 'published', body } as never, overrideAccess: true })
    const targets = (doc: { body?: typeof body }) => doc.body!.root.children[0]!.children.map((l) => idsOf([l.fields.doc?.value])[0] ?? null)
    for (const depth of [0, 1]) {
      const asReader = (await (await booted.api.get(`/articles/${linking.id}?depth=${depth}`)).json()) as { body?: typeof body }
      expect(targets(asReader)).toEqual([null, published.id])
    }
    const asEditor = (await (await booted.api.get(`/articles/${linking.id}?depth=0`, { token: actors.editor.token })).json()) as { body?: typeof body }
    expect(targets(asEditor)).toEqual([draft.id, published.id])
  })

  it('staff see the draft relation and the owner', async () => {
    const one = (await (await booted.api.get(`/articles/${guide.id}?depth=0`, { token: actors.editor.token })).json()) as { relatedArticles?: unknown[]; owner?: unknown }
    expect(idsOf(one.relatedArticles)).toEqual([draft.id, published.id])
    expect(one.owner).toBe(actors.editor.id)
  })

  it.each([
    ['vendorA', 'owner.email'],
    ['vendorA', 'owner'],
    ['anonymous', 'owner.email'],
  ] as const)('%s cannot sort or filter by %s: refused with 400', async (who, path) => {
    const token = who === 'anonymous' ? undefined : actors[who].token
    expect((await booted.api.get(`/articles?sort=${path}`, { token })).status).toBe(400)
    expect((await booted.api.get(`/articles?where[${path}][exists]=true`, { token })).status).toBe(400)
  })

  it('an editor may still sort by owner', async () => {
    expect((await booted.api.get('/articles?sort=owner', { token: actors.editor.token })).status).toBe(200)
  })
})
