import type { Payload } from 'payload'

import { accountFor } from '../../../src/invitations/accountFor'
import type { BootedPayload } from '../../helpers/api'
import type { RoleFixtures } from '../../fixtures/users'
import { createOrganisation, createRoleFixtures } from '../../fixtures/users'
import { bootPayload } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { vendorMember } from '../../helpers/organisations'
import { allMessagesOf } from '../../helpers/refusals'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'

// Invitations are mail the site sends on a member's word: counted per inviter and per organisation so the site
// is no spam relay (the audit log's invitation-created entries, which withdrawing does not remove).

let capture: SmtpCapture
let booted: BootedPayload
let payload: Payload
let actors: RoleFixtures

const system = { overrideAccess: true } as const
const SLUG = 'vendor-invitations' as never
const CREATE = 'mutation($data: mutationVendorInvitationInput!) { createVendorInvitation(data: $data) { id } }'

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

const newAddress = () => `grense-${unique()}@test.videoveileder.no`
const mailJobs = async () => (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendInvitationMail' } }, ...system })).totalDocs
const invitations = async () => (await payload.count({ collection: SLUG, ...system })).totalDocs
const limitedEntries = async (actor: number | string) =>
  (await payload.count({ collection: 'audit-log' as never, where: { and: [{ action: { equals: 'invitation-limited' } }, { actor: { equals: actor } }] }, ...system })).totalDocs
const invite = (token: string, body: Record<string, unknown> = {}) => booted.api.post('/vendor-invitations', { token, body: { email: newAddress(), ...body } })

async function inviteMany(token: string, times: number) {
  for (let i = 0; i < times; i += 1) {
    const response = await invite(token)
    if (response.status !== 201) throw new Error(`invitation ${i + 1} refused: ${response.status} ${await response.text()}`)
  }
}

/** A fresh organisation with three members, so one test's count never meets another's. */
async function organisationWithMembers() {
  const organisation = await createOrganisation(payload)
  const members = []
  for (const name of ['Første', 'Andre', 'Tredje']) members.push(await vendorMember(payload, booted.api, organisation.id, `${name} Medlem`))
  return { id: organisation.id, members }
}

describe('how many invitations a vendor sends', () => {
  it('an organisation sends 20 a day: the 21st is refused (429, says when) over REST and GraphQL, no mail is queued, the refusal is in the audit log; staff are not blocked', async () => {
    const org = await organisationWithMembers()
    await inviteMany(org.members[0]!.token, 10)
    await inviteMany(org.members[1]!.token, 10)
    const [jobs, stored] = [await mailJobs(), await invitations()]

    const refused = await invite(org.members[2]!.token)
    expect(refused.status).toBe(429)
    expect(await allMessagesOf(refused)).toMatch(/20 invitasjoner det siste døgnet.*igjen fra .*kl\. \d\d[:.]\d\d/)
    const { body } = await booted.api.graphql(CREATE, { token: org.members[2]!.token, variables: { data: { email: newAddress() } } })
    expect(body.data?.createVendorInvitation ?? null).toBeNull()
    expect(body.errors?.map((e) => e.message).join(' ')).toContain('20 invitasjoner det siste døgnet')
    expect({ jobs: await mailJobs(), stored: await invitations(), audited: await limitedEntries(org.members[2]!.id) }).toEqual({ jobs, stored, audited: 2 })

    const byStaff = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email: newAddress(), owner: org.id } })
    expect(byStaff.status).toBe(201)
  })

  it('a member sends 10 an hour: the 11th is refused over REST and GraphQL; a colleague may still invite', async () => {
    const org = await organisationWithMembers()
    const [member, colleague] = org.members
    await inviteMany(member!.token, 10)
    const jobs = await mailJobs()
    const refused = await invite(member!.token)
    expect(refused.status).toBe(429)
    expect(await allMessagesOf(refused)).toMatch(/10 invitasjoner den siste timen.*igjen fra kl\. \d\d[:.]\d\d/)
    const { body } = await booted.api.graphql(CREATE, { token: member!.token, variables: { data: { email: newAddress() } } })
    expect(body.data?.createVendorInvitation ?? null).toBeNull()
    expect(body.errors?.map((e) => e.message).join(' ')).toContain('10 invitasjoner den siste timen')
    expect(await mailJobs()).toBe(jobs)
    expect(await limitedEntries(member!.id)).toBe(2)
    expect((await invite(colleague!.token)).status).toBe(201)
  })

  it('withdrawing invitations does not give a member new ones', async () => {
    const org = await organisationWithMembers()
    const member = org.members[0]!
    for (let i = 0; i < 10; i += 1) {
      const made = await invite(member.token)
      const { doc } = (await made.json()) as { doc: { id: number } }
      expect((await booted.api.delete(`/vendor-invitations/${doc.id}`, { token: member.token })).status).toBe(200)
    }
    expect((await invite(member.token)).status).toBe(429)
  })
})

describe('one open invitation per address and organisation', () => {
  it('a second invitation to the same address is refused (400, Norwegian) over REST and GraphQL, whoever sends it, and queues no mail', async () => {
    const org = await organisationWithMembers()
    const email = newAddress()
    expect((await invite(org.members[0]!.token, { email })).status).toBe(201)
    const jobs = await mailJobs()
    const again = await invite(org.members[1]!.token, { email: email.toUpperCase() })
    expect(again.status).toBe(400)
    expect(await allMessagesOf(again)).toContain('har allerede en invitasjon til organisasjonen')
    const { body } = await booted.api.graphql(CREATE, { token: org.members[0]!.token, variables: { data: { email } } })
    expect(body.data?.createVendorInvitation ?? null).toBeNull()
    expect(body.errors?.map((e) => e.message).join(' ')).toContain('har allerede en invitasjon til organisasjonen')
    const byStaff = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email, owner: org.id } })
    expect(byStaff.status).toBe(400)
    expect(await mailJobs()).toBe(jobs)
    expect(await limitedEntries(org.members[1]!.id)).toBe(1)
    // Another organisation may invite the same person.
    expect((await invite(actors.vendorA.token, { email })).status).toBe(201)
  })

  it('once the open invitation is withdrawn or expired, the address may be invited again', async () => {
    const org = await organisationWithMembers()
    const member = org.members[0]!
    const email = newAddress()
    const first = ((await (await invite(member.token, { email })).json()) as { doc: { id: number } }).doc
    expect((await booted.api.delete(`/vendor-invitations/${first.id}`, { token: member.token })).status).toBe(200)
    const second = ((await (await invite(member.token, { email })).json()) as { doc: { id: number } }).doc
    await payload.update({ collection: SLUG, id: second.id, data: { expiresAt: new Date(Date.now() - 60_000).toISOString() } as never, ...system })
    expect((await invite(member.token, { email })).status).toBe(201)
  })
})

describe('accountFor: the one answer to "does this address have an account"', () => {
  it('finds the account whatever the case and spaces around the address, and none for a new address', async () => {
    expect(await accountFor(payload, `  ${actors.vendorB.email.toUpperCase()} `)).toEqual({ id: actors.vendorB.id })
    expect(await accountFor(payload, newAddress())).toBeNull()
    expect(await accountFor(payload, '   ')).toBeNull()
  })
})
