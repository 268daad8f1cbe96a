import type { Payload } from 'payload'

import type { BootedPayload } from '../../helpers/api'
import type { RoleFixtures } from '../../fixtures/users'
import { createRoleFixtures } from '../../fixtures/users'
import { bootPayload } from '../../helpers/boot'
import { createCategory, unique, vendorData } from '../../helpers/content'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'
import { acceptInvitation, invitationMailTo, openInvitation, someAddress, tokenIn } from './helpers'

let capture: SmtpCapture
let booted: BootedPayload
let payload: Payload
let actors: RoleFixtures
let categoryId: number | string

const system = { overrideAccess: true } as const
const PASSWORD = 'Et-langt-passord-for-prøving'

beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
  categoryId = (await createCategory(payload)).id
})

afterAll(async () => {
  await capture.close()
})

const newAddress = () => `invitert-${unique()}@test.videoveileder.no`

/** Makes an invitation over REST as an actor and returns it with the token from the mail it sent. */
async function invite(token: string, body: Record<string, unknown>) {
  const response = await booted.api.post('/vendor-invitations', { token, body })
  const json = (await response.json()) as { doc?: { id: number | string; owner: unknown }; errors?: unknown }
  if (response.status !== 201 || !json.doc) throw new Error(`invitation refused: ${response.status} ${JSON.stringify(json)}`)
  const mail = await invitationMailTo(payload, capture, String(body.email))
  return { id: json.doc.id, mail, token: tokenIn(mail) }
}

const usersWith = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, ...system })).docs
const invitationOf = async (id: number | string) =>
  (await payload.findByID({ collection: 'vendor-invitations' as never, id, depth: 0, ...system, disableErrors: true })) as Record<string, unknown> | null

describe('an editor invites a person to a vendor organisation', () => {
  it('mails a link; accepting it makes a verified vendor of that organisation who reads only its drafts', async () => {
    const email = newAddress()
    const orgA = actors.vendorA.organisation
    const ownDraft = await payload.create({ collection: 'vendors', data: { ...vendorData(categoryId), owner: orgA, _status: 'draft' } as never, draft: true, ...system })
    const otherDraft = await payload.create({ collection: 'vendors', data: { ...vendorData(categoryId), owner: actors.vendorB.organisation, _status: 'draft' } as never, draft: true, ...system })

    const created = await booted.api.post('/vendor-invitations', { token: actors.editor.token, body: { email, owner: orgA } })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    // The queued job names the invitation only: no address, no token (staff read the queue).
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendInvitationMail' } }, ...system })
    const job = jobs.docs.find((j) => String((j.input as { invitationId?: unknown }).invitationId) === String(doc.id))
    expect(job?.input).toEqual({ invitationId: String(doc.id) })

    const mail = await invitationMailTo(payload, capture, email)
    const organisation = await payload.findByID({ collection: 'vendor-organisations', id: orgA, ...system })
    expect(mail.subject).toContain(organisation.name)
    expect(mail.text).toContain(organisation.name)
    expect(mail.text).toContain('14 dager')
    const token = tokenIn(mail)
    expect(mail.text).toContain(`http://localhost:3000/en/invitasjon/${token}`)
    expect(JSON.stringify(await invitationOf(doc.id))).not.toContain(token)

    const page = await openInvitation(token)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toContain('no-store')
    // The link stays on this site; `no-referrer` would make browsers post the form with `Origin: null`.
    expect(page.headers.get('referrer-policy')).toBe('same-origin')
    const html = await page.text()
    expect(html).toContain(organisation.name)
    expect(html).toContain(email)
    expect(html).toMatch(/<form[^>]+method="post"/)

    const accepted = await acceptInvitation(token, { navn: 'Ny Kollega', passord: PASSWORD })
    expect(accepted.status).toBe(303)
    expect(accepted.headers.get('location')).toBe('/admin/login?invitasjon=godtatt')

    const [user] = await usersWith(email)
    expect(user).toMatchObject({ name: 'Ny Kollega', roles: ['vendor'] })
    expect(String(user!.organisation && typeof user!.organisation === 'object' ? user!.organisation.id : user!.organisation)).toBe(String(orgA))
    const stored = await invitationOf(doc.id)
    expect(stored?.acceptedAt).toEqual(expect.any(String))
    expect(String(stored?.acceptedBy)).toBe(String(user!.id))

    const vendorToken = await booted.api.login(email, PASSWORD)
    const list = await booted.api.get('/vendors?draft=true&limit=200&depth=0', { token: vendorToken })
    const ids = ((await list.json()) as { docs: { id: number }[] }).docs.map((d) => d.id)
    expect(ids).toContain(ownDraft.id)
    expect(ids).not.toContain(otherDraft.id)

    const audit = await payload.find({
      collection: 'audit-log' as never,
      where: { and: [{ collection: { equals: 'vendor-invitations' } }, { docId: { equals: String(doc.id) } }] },
      sort: 'createdAt',
      depth: 0,
      ...system,
    })
    const entries = audit.docs as unknown as { action: string; actor: number | null; actorLabel: string }[]
    expect(entries.map((e) => [e.action, e.actorLabel])).toEqual([
      ['invitation-created', actors.editor.email],
      ['invitation-accepted', email],
    ])
    expect(entries[1]!.actor).toBe(user!.id)
  })

  it('works once: the same link afterwards answers 410 and creates nothing', async () => {
    const email = newAddress()
    const { token } = await invite(actors.admin.token, { email, owner: actors.vendorB.organisation })
    expect((await acceptInvitation(token, { navn: 'Først', passord: PASSWORD })).status).toBe(303)
    const again = await acceptInvitation(token, { navn: 'Andre gang', passord: `${PASSWORD}-2` })
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('Invitasjonen kan ikke brukes')
    expect((await openInvitation(token)).status).toBe(410)
    const users = await usersWith(email)
    expect(users.map((u) => u.name)).toEqual(['Først'])
  })
})

describe('a vendor member invites a colleague', () => {
  it('to its own organisation, without naming it', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.vendorA.token, { email })
    expect(String((await invitationOf(id))?.owner)).toBe(String(actors.vendorA.organisation))
    expect(String((await invitationOf(id))?.invitedBy)).toBe(String(actors.vendorA.id))
    expect((await acceptInvitation(token, { navn: 'Kollega Av A', passord: PASSWORD })).status).toBe(303)
    const [user] = await usersWith(email)
    expect(user?.roles).toEqual(['vendor'])
    expect(String(typeof user?.organisation === 'object' ? user?.organisation?.id : user?.organisation)).toBe(String(actors.vendorA.organisation))
  })
})

describe('a link that no longer works answers 410 and creates nothing', () => {
  it('an expired invitation', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    await payload.update({ collection: 'vendor-invitations' as never, id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } as never, ...system })
    const page = await openInvitation(token)
    expect(page.status).toBe(410)
    expect(await page.text()).toContain('Invitasjonen kan ikke brukes')
    expect((await acceptInvitation(token, { navn: 'For Sent', passord: PASSWORD })).status).toBe(410)
    expect(await usersWith(email)).toEqual([])
  })

  it('a withdrawn (deleted) invitation', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    const withdrawn = await booted.api.delete(`/vendor-invitations/${id}`, { token: actors.vendorA.token })
    expect(withdrawn.status).toBe(200)
    expect((await openInvitation(token)).status).toBe(410)
    expect((await acceptInvitation(token, { navn: 'Trukket', passord: PASSWORD })).status).toBe(410)
    expect(await usersWith(email)).toEqual([])
  })

  it('an unknown or malformed token', async () => {
    expect((await openInvitation('A'.repeat(43))).status).toBe(410)
    expect((await openInvitation('ikke-en-token')).status).toBe(410)
    expect((await openInvitation('A'.repeat(43), { lang: 'en' })).status).toBe(410)
  })
})

describe('the accept form', () => {
  it('is in nynorsk and English at /nn/ and /en/', async () => {
    const { token } = await invite(actors.editor.token, { email: newAddress(), owner: actors.vendorA.organisation })
    const nn = await (await openInvitation(token, { lang: 'nn' })).text()
    expect(nn).toContain('lang="nn"')
    expect(nn).toContain('Passord')
    const en = await (await openInvitation(token, { lang: 'en' })).text()
    expect(en).toContain('lang="en"')
    expect(en).toContain('Password')
  })

  it('answers bad input with an error summary and the name kept, and writes nothing', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    const usersBefore = (await payload.count({ collection: 'users', ...system })).totalDocs

    const short = await acceptInvitation(token, { navn: 'Kari <Nordmann>', passord: 'kort' })
    expect(short.status).toBe(400)
    const html = await short.text()
    expect(html).toContain('error-summary')
    expect(html).toContain('Passordet må ha minst 12 tegn')
    expect(html).toContain('href="#passord"')
    expect(html).toContain('value="Kari &lt;Nordmann&gt;"')
    expect(html).not.toContain('kort"')

    const noName = await acceptInvitation(token, { navn: '   ', passord: PASSWORD })
    expect(noName.status).toBe(400)
    const noNameHtml = await noName.text()
    expect(noNameHtml).toContain('Skriv inn navnet ditt')
    expect(noNameHtml).not.toContain(PASSWORD)

    const nothing = await acceptInvitation(token, {})
    expect(nothing.status).toBe(400)

    expect((await payload.count({ collection: 'users', ...system })).totalDocs).toBe(usersBefore)
    expect((await invitationOf(id))?.acceptedAt ?? null).toBeNull()
    // The link still works after the corrections.
    expect((await acceptInvitation(token, { navn: 'Kari Nordmann', passord: PASSWORD })).status).toBe(303)
  })

  it('reads no more than 8 KB of a chunked body (no Content-Length): the form comes back and nothing is made', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    const answer = await acceptInvitation(token, { navn: 'Lang Post', passord: PASSWORD, fyll: 'x'.repeat(9000) }, { chunked: true })
    expect(answer.status).toBe(400)
    expect(await answer.text()).toContain('error-summary')
    expect(await usersWith(email)).toEqual([])
    expect((await invitationOf(id))?.acceptedAt ?? null).toBeNull()
    // The same form in pieces but within the limit is read.
    expect((await acceptInvitation(token, { navn: 'Kort Post', passord: PASSWORD }, { chunked: true })).status).toBe(303)
  })

  it('tells an address that got an account since the invitation to log in, and creates nothing', async () => {
    const email = newAddress()
    const { id, token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Fra Før', roles: ['vendor'] } as never, ...system })
    const answer = await acceptInvitation(token, { navn: 'Dobbel', passord: PASSWORD })
    expect(answer.status).toBe(409)
    expect(await answer.text()).toContain('har allerede en konto')
    expect((await usersWith(email)).map((u) => u.name)).toEqual(['Fra Før'])
    expect((await invitationOf(id))?.acceptedAt ?? null).toBeNull()
  })

  it('refuses a post from another site (403) and creates nothing', async () => {
    const email = newAddress()
    const { token } = await invite(actors.editor.token, { email, owner: actors.vendorA.organisation })
    const answer = await acceptInvitation(token, { navn: 'Fremmed', passord: PASSWORD }, { headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' } })
    expect(answer.status).toBe(403)
    expect(await usersWith(email)).toEqual([])
  })

  it('is limited per client address: 429 with Retry-After before anything is read', async () => {
    const ip = someAddress()
    const answers: Response[] = []
    for (let i = 0; i < 31; i += 1) answers.push(await openInvitation('B'.repeat(43), { ip }))
    expect(answers.slice(0, 30).every((r) => r.status === 410)).toBe(true)
    const limited = answers[30]!
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await acceptInvitation('B'.repeat(43), { navn: 'X', passord: PASSWORD }, { ip })).status).toBe(429)
    // Another address is not affected.
    expect((await openInvitation('B'.repeat(43))).status).toBe(410)
  })
})
