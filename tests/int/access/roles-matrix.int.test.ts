import type { Actor } from '../../../src/access/roles'

import { isFromMatrix } from '../../../src/access/accessFor'
import { collectionMatrix, globalMatrix } from '../../../src/access/matrix'
import { samples } from '../../fixtures/samples'
import { bootWithRoles } from '../../helpers/boot'

/** Collections Payload adds itself; they keep their own access and are probed over REST below. */
const PAYLOAD_INTERNAL = ['payload-preferences', 'payload-migrations', 'payload-kv', 'payload-jobs']
const COLLECTION_KEYS = ['create', 'read', 'update', 'delete', 'readVersions', 'unlock', 'admin'] as const
const GLOBAL_KEYS = ['read', 'update', 'readVersions'] as const

const { booted, actors } = bootWithRoles()

const tokenOf = (actor: Actor | 'vendorA'): string | undefined =>
  actor === 'anonymous' ? undefined : actor === 'vendor' || actor === 'vendorA' ? actors.vendorA.token : actors[actor].token

describe('no collection or global relies on a default access key', () => {
  it('every project collection takes every key from the roles matrix', () => {
    const own = booted.payload.config.collections.filter((c) => !PAYLOAD_INTERNAL.includes(c.slug))
    expect(own.length).toBeGreaterThan(0)
    for (const collection of own) {
      expect(Object.keys(collectionMatrix)).toContain(collection.slug)
      for (const key of COLLECTION_KEYS) {
        if (key === 'admin' || key === 'unlock') {
          if (!collection.auth) continue
        }
        expect({ slug: collection.slug, key, fromMatrix: isFromMatrix(collection.access[key]) }).toEqual({
          slug: collection.slug,
          key,
          fromMatrix: true,
        })
      }
    }
  })

  it('every global takes every key from the roles matrix', () => {
    // payload-jobs-stats is Payload's, closed to everyone (tests/int/scheduling/job-stats.int.test.ts).
    for (const global of booted.payload.config.globals.filter((g) => g.slug !== 'payload-jobs-stats')) {
      expect(Object.keys(globalMatrix)).toContain(global.slug)
      for (const key of GLOBAL_KEYS) {
        expect({ slug: global.slug, key, fromMatrix: isFromMatrix(global.access[key]) }).toEqual({
          slug: global.slug,
          key,
          fromMatrix: true,
        })
      }
    }
  })

  it('the matrix names no collection that does not exist', () => {
    const slugs = booted.payload.config.collections.map((c) => c.slug)
    for (const slug of Object.keys(collectionMatrix)) expect(slugs).toContain(slug)
  })

  it.each(['anonymous', 'vendor'] as const)('%s can neither read nor write Payload and plugin collections', async (actor) => {
    // Make sure each holds something, so that an empty answer would not hide a leak.
    const article = await booted.payload.create({ collection: 'articles', data: { title: 'Låst' }, overrideAccess: true })
    await booted.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'articles', value: article.id }, globalSlug: null, user: { relationTo: 'users', value: actors.editor.id as number } },
      overrideAccess: true,
    })
    const token = tokenOf(actor)
    for (const slug of ['payload-locked-documents', 'payload-migrations', 'payload-jobs', 'payload-kv', 'exports', 'imports']) {
      const read = await booted.api.get(`/${slug}`, { token })
      const create = await booted.api.post(`/${slug}`, { body: {}, token })
      // 403 from access control; 501 where Payload mounts no REST route for the collection at all.
      expect({ slug, actor, read: [403, 501].includes(read.status), create: [403, 501].includes(create.status) }).toEqual({
        slug,
        actor,
        read: true,
        create: true,
      })
    }
    const preferences = (await (await booted.api.get('/payload-preferences', { token })).json()) as { docs?: unknown[] }
    expect(preferences.docs ?? []).toEqual([])
  })

  it('a vendor cannot lock a document an editor is working on', async () => {
    const article = await booted.payload.create({ collection: 'articles', data: { title: 'Redigeres' }, overrideAccess: true })
    const response = await booted.api.post('/payload-locked-documents', {
      body: { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: actors.vendorA.id } },
      token: actors.vendorA.token,
    })
    expect(response.status).toBe(403)
  })
})

describe('users: self-service and roles', () => {
  it('a vendor reads and updates only its own account', async () => {
    const own = await booted.api.get(`/users/${actors.vendorA.id}`, { token: actors.vendorA.token })
    expect(own.status).toBe(200)
    const other = await booted.api.get(`/users/${actors.vendorB.id}`, { token: actors.vendorA.token })
    expect(other.status).toBe(404)
    const list = (await (await booted.api.get('/users', { token: actors.vendorA.token })).json()) as { docs: { email: string }[] }
    expect(list.docs.map((d) => d.email)).toEqual([actors.vendorA.email])
    const renamed = await booted.api.patch(`/users/${actors.vendorA.id}`, { body: { name: 'Vera A.' }, token: actors.vendorA.token })
    expect(renamed.status).toBe(200)
  })

  it('a vendor cannot raise its own role', async () => {
    const response = await booted.api.patch(`/users/${actors.vendorA.id}`, {
      body: { roles: ['admin'] },
      token: actors.vendorA.token,
    })
    expect(response.status).toBeLessThan(500)
    const stored = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, overrideAccess: true })
    expect(stored.roles).toEqual(['vendor'])
  })

  it('an editor cannot change roles, an admin can', async () => {
    const target = await booted.payload.create({
      collection: 'users',
      data: (await samples.users!(booted.payload)) as never,
      overrideAccess: true,
    })
    await booted.api.patch(`/users/${target.id}`, { body: { roles: ['admin'] }, token: actors.editor.token })
    expect((await booted.payload.findByID({ collection: 'users', id: target.id, overrideAccess: true })).roles).toEqual(['editor'])
    const byAdmin = await booted.api.patch(`/users/${target.id}`, { body: { roles: ['vendor'] }, token: actors.admin.token })
    expect(byAdmin.status).toBe(200)
    expect((await booted.payload.findByID({ collection: 'users', id: target.id, overrideAccess: true })).roles).toEqual(['vendor'])
  })

  it('only an admin can unlock an account', async () => {
    const body = { email: actors.admin.email }
    const byVendor = await booted.api.post('/users/unlock', { body, token: actors.vendorA.token })
    const byEditor = await booted.api.post('/users/unlock', { body, token: actors.editor.token })
    const byAdmin = await booted.api.post('/users/unlock', { body, token: actors.admin.token })
    expect([byVendor.status, byEditor.status, byAdmin.status]).toEqual([403, 403, 200])
  })

  it('anonymous readers cannot open the admin panel; vendors (their own area, issue 12) and staff can', async () => {
    const access = async (token?: string) =>
      ((await (await booted.api.get('/access', { token })).json()) as { canAccessAdmin?: boolean }).canAccessAdmin === true
    expect(await access(undefined)).toBe(false)
    expect(await access(actors.vendorA.token)).toBe(true)
    expect(await access(actors.editor.token)).toBe(true)
    expect(await access(actors.admin.token)).toBe(true)
  })
})

describe('GraphQL follows the same rules', () => {
  it('lists users only for staff, and only the own account for a vendor', async () => {
    const query = '{ Users(limit: 100) { docs { email } } }'
    const anonymous = await booted.api.graphql(query)
    expect(anonymous.body.errors?.[0]?.message).toMatch(/ikke tillatelse|not allowed/i)
    const vendor = await booted.api.graphql(query, { token: actors.vendorA.token })
    expect(vendor.body.data.Users.docs).toEqual([{ email: actors.vendorA.email }])
    const editor = await booted.api.graphql(query, { token: actors.editor.token })
    expect(editor.body.data.Users.docs.length).toBeGreaterThanOrEqual(4)
  })

  it('refuses a vendor who tries to create a user or raise a role', async () => {
    const create = await booted.api.graphql(
      'mutation { createUser(data: { email: "x@test.videoveileder.no", password: "Riktig-hest-batteri-42", name: "X", roles: admin }) { id } }',
      { token: actors.vendorA.token },
    )
    expect(create.body.errors?.[0]?.message).toMatch(/ikke tillatelse|not allowed/i)
    const raise = await booted.api.graphql(`mutation { updateUser(id: ${JSON.stringify(actors.vendorA.id)}, data: { roles: admin }) { roles } }`, {
      token: actors.vendorA.token,
    })
    expect(raise.body.data?.updateUser?.roles ?? ['vendor']).toEqual(['vendor'])
    const stored = await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, overrideAccess: true })
    expect(stored.roles).toEqual(['vendor'])
  })
})
