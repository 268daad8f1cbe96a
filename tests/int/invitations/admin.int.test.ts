import type { Payload } from 'payload'

import type { BootedPayload } from '../../helpers/api'
import type { RoleFixtures } from '../../fixtures/users'
import { createOrganisation, createRoleFixtures, FIXTURE_PASSWORD } from '../../fixtures/users'
import { bootPayload } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { allMessagesOf, messageOf } from '../../helpers/refusals'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'
import { acceptInvitation, invitationMailTo, runMailJobs, tokenIn } from './helpers'

let capture: SmtpCapture
let booted: BootedPayload
let payload: Payload
let actors: RoleFixtures

const system = { overrideAccess: true } as const
const SLUG = 'vendor-invitations' as never

beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
})

afterAll(async () => {
  await capture.close()
})

const newAddress = () => `invitert-${unique()}@test.videoveileder.no`
const countInvitations = async () => (await payload.count({ collection: SLUG, ...system })).totalDocs
/** An invitation made by the system, as staff would (no mail is run). */
const systemInvitation = async (owner: number | string) =>
  (await payload.create({ collection: SLUG, data: { email: newAddress(), owner } as never, ...system })) as unknown as { id: number }

describe('who may invite to which organisation', () => {
  it('staff invite to any organisation, also one made just before', async () => {
    const fresh = await createOrganisation(payload)
    const response = await booted.api.post('/vendor-invitations', { token: actors.admin.token, body: { email: newAddress(), owner: fresh.id } })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { owner: { id: number } | number; invitedBy: unknown } }
    expect(String(typeof doc.owner === 'object' ? doc.owner.id : doc.owner)).toBe(String(fresh.id))
  })

  it('a vendor naming another organisation is refused (403) over REST, and nothing is stored', async () => {
    const before = await countInvitations()
    const response = await booted.api.post('/vendor-invitations', { token: actors.vendorA.token, body: { email: newAddress(), owner: actors.vendorB.organisation } })
    expect(response.status).toBe(403)
    expect(await messageOf(response)).toMatch(/organisasjon/i)
    expect(await countInvitations()).toBe(before)
  })

  it('a vendor naming another organisation is refused over GraphQL, and nothing is stored', async () => {
    const before = await countInvitations()
    const { body } = await booted.api.graphql('mutation($data: mutationVendorInvitationInput!) { createVendorInvitation(data: $data) { id } }', {
      token: actors.vendorA.token,
      variables: { data: { email: newAddress(), owner: actors.vendorB.organisation } },
    })
    expect(body.data?.createVendorInvitation ?? null).toBeNull()
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/organisasjon/i)
    expect(await countInvitations()).toBe(before)
  })

  it('a vendor naming its own organisation over GraphQL is let through', async () => {
    const { body } = await booted.api.graphql('mutation($data: mutationVendorInvitationInput!) { createVendorInvitation(data: $data) { id owner { id } } }', {
      token: actors.vendorA.token,
      variables: { data: { email: newAddress(), owner: actors.vendorA.organisation } },
    })
    expect(body.errors).toBeUndefined()
    expect(String(body.data.createVendorInvitation.owner.id)).toBe(String(actors.vendorA.organisation))
  })

  it('the public cannot invite', async () => {
    const before = await countInvitations()
    const response = await booted.api.post('/vendor-invitations', { body: { email: newAddress(), owner: actors.vendorA.organisation } })
    expect(response.status).toBe(403)
    expect(await countInvitations()).toBe(before)
  })

  it('staff inviting an address that already has an account are refused at once with a Norwegian message', async () => {
    const before = await countInvitations()
    const response = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email: actors.vendorB.email.toUpperCase(), owner: actors.vendorA.organisation } })
    expect(response.status).toBe(400)
    expect(await allMessagesOf(response)).toContain('Denne e-postadressen har allerede en konto')
    expect(await countInvitations()).toBe(before)
  })

  it('a vendor inviting an address with an account is answered as for a new one; that address is told it has an account, with no link', async () => {
    const known = await booted.api.post('/vendor-invitations', { token: actors.vendorA.token, body: { email: actors.vendorB.email } })
    const fresh = await booted.api.post('/vendor-invitations', { token: actors.vendorA.token, body: { email: newAddress() } })
    expect([known.status, fresh.status]).toEqual([201, 201])
    const { doc } = (await known.json()) as { doc: { id: number } }
    const mail = await invitationMailTo(payload, capture, actors.vendorB.email)
    expect(mail.text).toContain('har allerede en konto')
    expect(mail.text).toContain('http://localhost:3000/admin/forgot')
    expect(mail.text).not.toMatch(/\/invitasjon\//)
    const stored = (await payload.findByID({ collection: SLUG, id: doc.id, depth: 0, ...system })) as Record<string, unknown>
    expect(stored.tokenHash ?? null).toBeNull()
    const state = ((await (await booted.api.get(`/vendor-invitations/${doc.id}`, { token: actors.vendorA.token })).json()) as { state: string }).state
    expect(state).toBe('sent')
  })

  it('the server sets the token, the expiry, the acceptance and who invited; a client cannot', async () => {
    const response = await booted.api.post('/vendor-invitations', {
      token: actors.editor.token,
      body: { email: newAddress(), owner: actors.vendorA.organisation, tokenHash: 'a'.repeat(64), expiresAt: '2099-01-01T00:00:00.000Z', acceptedAt: '2020-01-01T00:00:00.000Z', acceptedBy: actors.admin.id, invitedBy: actors.admin.id },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const stored = (await payload.findByID({ collection: SLUG, id: doc.id, depth: 0, ...system })) as Record<string, unknown>
    expect(stored).toMatchObject({ acceptedAt: null, acceptedBy: null, expiresAt: null, invitedBy: actors.editor.id })
    expect(stored.tokenHash ?? null).toBeNull()
  })

  it('nobody changes an invitation', async () => {
    const invitation = await systemInvitation(actors.vendorA.organisation)
    for (const token of [actors.vendorA.token, actors.editor.token, actors.admin.token]) {
      const response = await booted.api.patch(`/vendor-invitations/${invitation.id}`, { token, body: { email: newAddress() } })
      expect(response.status).toBe(403)
    }
  })
})

describe('who sees and withdraws which invitations', () => {
  it('a vendor reads its own organisation\'s invitations only (REST and GraphQL), never the token hash', async () => {
    const own = await systemInvitation(actors.vendorA.organisation)
    const other = await systemInvitation(actors.vendorB.organisation)
    const list = await booted.api.get('/vendor-invitations?limit=200&depth=0', { token: actors.vendorA.token })
    const docs = ((await list.json()) as { docs: Record<string, unknown>[] }).docs
    expect(docs.map((d) => d.id)).toContain(own.id)
    expect(docs.map((d) => d.id)).not.toContain(other.id)
    expect(docs.every((d) => !('tokenHash' in d))).toBe(true)
    expect((await booted.api.get(`/vendor-invitations/${other.id}`, { token: actors.vendorA.token })).status).toBe(404)
    const byWhere = await booted.api.get(`/vendor-invitations?where[id][in]=${own.id},${other.id}&depth=0`, { token: actors.vendorA.token })
    expect(((await byWhere.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).toEqual([own.id])

    const { body } = await booted.api.graphql(`{ VendorInvitations(limit: 200) { docs { id } } }`, { token: actors.vendorA.token })
    const ids = (body.data.VendorInvitations.docs as { id: number }[]).map((d) => d.id)
    expect(ids).toContain(own.id)
    expect(ids).not.toContain(other.id)
    const one = await booted.api.graphql(`{ VendorInvitation(id: ${JSON.stringify(other.id)}) { id } }`, { token: actors.vendorA.token })
    expect(one.body.data?.VendorInvitation ?? null).toBeNull()
  })

  it('a vendor cannot withdraw another organisation\'s invitation (REST or GraphQL)', async () => {
    const other = await systemInvitation(actors.vendorB.organisation)
    expect([403, 404]).toContain((await booted.api.delete(`/vendor-invitations/${other.id}`, { token: actors.vendorA.token })).status)
    const { body } = await booted.api.graphql(`mutation { deleteVendorInvitation(id: ${JSON.stringify(other.id)}) { id } }`, { token: actors.vendorA.token })
    expect(body.data?.deleteVendorInvitation ?? null).toBeNull()
    expect(await payload.findByID({ collection: SLUG, id: other.id, ...system, disableErrors: true })).not.toBeNull()
  })

  it('staff see every invitation with its state: sent, accepted, expired', async () => {
    const email = newAddress()
    const created = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email, owner: actors.vendorA.organisation } })
    const { doc } = (await created.json()) as { doc: { id: number; state: string } }
    expect(doc.state).toBe('queued')
    const token = tokenIn(await invitationMailTo(payload, capture, email))
    const stateOf = async (id: number | string) => ((await (await booted.api.get(`/vendor-invitations/${id}`, { token: actors.admin.token })).json()) as { state: string }).state
    expect(await stateOf(doc.id)).toBe('sent')
    expect((await acceptInvitation(token, { navn: 'Godtatt Person', passord: FIXTURE_PASSWORD })).status).toBe(303)
    expect(await stateOf(doc.id)).toBe('accepted')

    const old = await systemInvitation(actors.vendorB.organisation)
    await payload.update({ collection: SLUG, id: old.id, data: { expiresAt: new Date(Date.now() - 60_000).toISOString() } as never, ...system })
    expect(await stateOf(old.id)).toBe('expired')
    const list = await booted.api.get('/vendor-invitations?limit=200&depth=0', { token: actors.editor.token })
    expect(((await list.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).toEqual(expect.arrayContaining([doc.id, old.id]))
  })

  it('an accepted invitation cannot be withdrawn', async () => {
    const email = newAddress()
    const created = await booted.api.post('/vendor-invitations', { token: actors.vendorA.token, body: { email } })
    const { doc } = (await created.json()) as { doc: { id: number } }
    const token = tokenIn(await invitationMailTo(payload, capture, email))
    expect((await acceptInvitation(token, { navn: 'Blir Værende', passord: FIXTURE_PASSWORD })).status).toBe(303)
    const refused = await booted.api.delete(`/vendor-invitations/${doc.id}`, { token: actors.vendorA.token })
    expect(refused.status).toBe(403)
    expect(await messageOf(refused)).toContain('godtatt')
    expect((await booted.api.delete(`/vendor-invitations/${doc.id}`, { token: actors.admin.token })).status).toBe(403)
    expect(await payload.findByID({ collection: SLUG, id: doc.id, ...system, disableErrors: true })).not.toBeNull()
  })

  it('a mail job for a withdrawn invitation sends nothing', async () => {
    const email = newAddress()
    const created = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email, owner: actors.vendorA.organisation } })
    const { doc } = (await created.json()) as { doc: { id: number } }
    expect((await booted.api.delete(`/vendor-invitations/${doc.id}`, { token: actors.editor.token })).status).toBe(200)
    await runMailJobs(payload)
    expect(capture.messages.some((m) => m.to.includes(email))).toBe(false)
  })
})
