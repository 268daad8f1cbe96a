import crypto from 'node:crypto'

import { jest } from '@jest/globals'

import type { Payload } from 'payload'

import { POST as registerRoute } from '../../../app/(frontend)/[lang]/for-leverandorer/registrer/send/route'
import { openFormState } from '../../../src/registration/formState'
import { issueFormToken } from '../../../src/registration/formToken'
import { FIXTURE_PASSWORD, organisationNumber } from '../../fixtures/users'
import type { BootedPayload } from '../../helpers/api'
import { bootPayload, countDocs } from '../../helpers/boot'
import { createCategory, unique, vendorData } from '../../helpers/content'
import { smtpEnv, startSmtpCapture, type CapturedMail, type SmtpCapture } from '../../helpers/smtp'

let capture: SmtpCapture
let booted: BootedPayload
let payload: Payload

const ORIGIN = 'http://localhost:3000'
const system = { overrideAccess: true } as const
const params = (lang = 'nb') => ({ params: Promise.resolve({ lang }) })
const PASSWORD = 'Lange-ord-etter-hverandre-7'

const UNVERIFIED_NB = 'Du må bekrefte e-postadressen din før du kan logge inn. Klikk på lenken i e-posten vi sendte da du registrerte deg.'
const VERIFY_SUBJECT = 'Bekreft e-postadressen din i Videoveileder / Confirm your e-mail address'
const EXISTS_SUBJECT = 'Du har allerede en konto i Videoveileder / You already have an account'

beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  booted = await bootPayload()
  payload = booted.payload
})

afterAll(async () => {
  await capture.close()
})

type Form = Partial<Record<'organisationName' | 'organisationNumber' | 'contactName' | 'email' | 'password' | 'website' | 'formToken', string>>

const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

/** A form as a person fills it in: every field, the page's token from ten seconds ago, an empty honeypot. */
function goodForm(overrides: Form = {}): Form {
  return {
    organisationName: `Videofirma ${unique()} AS`,
    organisationNumber: organisationNumber(),
    contactName: 'Kari Kontakt',
    email: `kari-${unique()}@firma.example.no`,
    password: PASSWORD,
    website: '',
    formToken: issueFormToken(payload.secret, Date.now() - 10_000),
    ...overrides,
  }
}

/** The form as a browser on this site posts it: same-origin, from one client address. */
function post(form: Form, { ip = randomIp(), lang = 'nb' } = {}) {
  const request = new Request(`${ORIGIN}/for-leverandorer/registrer/send`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN, 'X-Forwarded-For': ip },
    body: new URLSearchParams(form as Record<string, string>),
  })
  return registerRoute(request, params(lang))
}

/** What the form page will show after a refused post: the problems and values in the answer's cookie. */
function shownAgain(res: Response) {
  const cookie = res.headers.get('set-cookie') ?? ''
  const value = /vv-registrering=([^;]*)/.exec(cookie)?.[1]
  return openFormState(payload.secret, value)
}

const counts = async () => ({ organisations: await countDocs(payload, 'vendor-organisations'), users: await countDocs(payload, 'users') })

const userByEmail = async (email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0, ...system })).docs[0] as unknown as
    | { id: number; roles: string[]; organisation: number; _verified?: boolean | null; name: string }
    | undefined

async function sendQueuedMail(): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    await payload.jobs.run({ silent: true })
    const pending = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendMail' } }, { hasError: { not_equals: true } }] }, ...system })
    if (pending.totalDocs === 0) return
  }
}

const mailsTo = (email: string) => capture.messages.filter((m) => m.to.includes(email))

function verifyLinkIn(mail: CapturedMail): { url: string; token: string } {
  const match = /https?:\/\/[^\s"<]+\/admin\/users\/verify\/([0-9a-f]+)/.exec(mail.html ?? '')
  if (!match) throw new Error(`no verification link in: ${mail.html}`)
  return { url: match[0], token: match[1]! }
}

const login = (email: string, password = PASSWORD) => booted.api.post('/users/login', { body: { email, password } })

const organisationByNumber = async (organisationNumber: string) =>
  (await payload.find({ collection: 'vendor-organisations', where: { organisationNumber: { equals: organisationNumber } }, depth: 0, ...system })).docs[0]

/** Follows the (first) verification link mailed to an address. */
async function verifyFirstMail(email: string): Promise<void> {
  const link = verifyLinkIn(await capture.waitFor((m) => m.to.includes(email) && m.subject === VERIFY_SUBJECT))
  expect((await booted.api.post(`/users/verify/${link.token}`)).status).toBe(200)
}

/** The newest verification mail to an address, once `count` of them have arrived. */
async function latestVerification(email: string, count: number): Promise<{ url: string; token: string }> {
  await capture.waitFor(() => mailsTo(email).filter((m) => m.subject === VERIFY_SUBJECT).length >= count)
  return verifyLinkIn(mailsTo(email).filter((m) => m.subject === VERIFY_SUBJECT).at(-1)!)
}

const auditOf = async (collection: string, docId: number | string, action: string) =>
  (await payload.find({ collection: 'audit-log', where: { and: [{ collection: { equals: collection } }, { docId: { equals: String(docId) } }, { action: { equals: action } }] }, ...system })).docs as unknown as {
    actorLabel: string
    actor?: unknown
  }[]

describe('vendor registration', () => {
  it('on a site with no accounts yet, a registrant becomes a vendor, never the first admin', async () => {
    expect(await countDocs(payload, 'users')).toBe(0)
    const form = goodForm()
    const res = await post(form)
    expect(res.headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
    expect((await userByEmail(form.email!))?.roles).toEqual(['vendor'])
  })

  it('registers the organisation and its first member, mails the link, refuses login until the link is followed', async () => {
    const before = await counts()
    const form = goodForm()
    const res = await post(form)
    expect({ status: res.status, location: res.headers.get('location') }).toEqual({ status: 303, location: '/for-leverandorer/registrer/sjekk-e-posten' })
    expect(await counts()).toEqual({ organisations: before.organisations + 1, users: before.users + 1 })

    const organisation = (await payload.find({ collection: 'vendor-organisations', where: { organisationNumber: { equals: form.organisationNumber } }, ...system })).docs[0]!
    expect(organisation.name).toBe(form.organisationName)
    const user = (await userByEmail(form.email!))!
    expect({ roles: user.roles, organisation: user.organisation, name: user.name, verified: user._verified }).toEqual({
      roles: ['vendor'],
      organisation: organisation.id,
      name: 'Kari Kontakt',
      verified: false,
    })
    // Both creates are in the audit log, by the normal hooks.
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'create' } }, { docId: { in: [String(organisation.id), String(user.id)] } }] }, ...system })
    expect(audit.docs.map((d) => (d as { collection?: string }).collection).sort()).toEqual(['users', 'vendor-organisations'])

    const mail = await capture.waitFor((m) => m.to.includes(form.email!) && m.subject === VERIFY_SUBJECT)
    expect(mail.html).toContain('Du har registrert en leverandørkonto i Videoveileder')
    expect(mail.html).toContain('Lenken virker i 48 timer')
    const link = verifyLinkIn(mail)
    expect(link.url.startsWith(`${payload.config.serverURL}/admin/users/verify/`)).toBe(true)

    // Before the link: the right password is refused, in Norwegian, over REST and GraphQL.
    const refused = await login(form.email!)
    expect({ status: refused.status, message: ((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message }).toEqual({ status: 403, message: UNVERIFIED_NB })
    const gql = await booted.api.graphql('mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', {
      variables: { email: form.email, password: PASSWORD },
    })
    expect(gql.body.errors?.map((e) => e.message)).toEqual([UNVERIFIED_NB])

    // The admin's verify view (/admin/users/verify/<token>) verifies the token with Payload's verifyEmail.
    const verified = await booted.api.post(`/users/verify/${link.token}`)
    expect(verified.status).toBe(200)
    expect((await userByEmail(form.email!))!._verified).toBe(true)
    // The link works once.
    expect((await booted.api.post(`/users/verify/${link.token}`)).status).toBe(403)

    const allowed = await login(form.email!)
    expect(allowed.status).toBe(200)
    const token = ((await allowed.json()) as { token: string }).token
    const me = (await (await booted.api.get('/users/me', { token })).json()) as { user: { email: string } | null }
    expect(me.user?.email).toBe(form.email)
  })

  it('answers 429 with Retry-After after five posts from one address in an hour', async () => {
    const ip = randomIp()
    for (let i = 0; i < 5; i += 1) expect((await post({ email: 'x' }, { ip })).status).toBe(303)
    const before = await counts()
    const sixth = await post(goodForm(), { ip })
    expect(sixth.status).toBe(429)
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(3500)
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(3600)
    expect(await counts()).toEqual(before)
  })

  describe('every refusal changes nothing and says why next to the field', () => {
    const refusals: [string, () => Form, Record<string, string>][] = [
      ['an organisation number with a wrong check digit (mod-11)', () => {
        const valid = organisationNumber()
        return goodForm({ organisationNumber: `${valid.slice(0, 8)}${(Number(valid[8]) + 1) % 10}` })
      }, { organisationNumber: 'org-number-check' }],
      ['an organisation number of eight digits', () => goodForm({ organisationNumber: '97476067' }), { organisationNumber: 'org-number-digits' }],
      ['missing fields', () => ({ email: `tom-${unique()}@firma.example.no`, formToken: issueFormToken(payload.secret, Date.now() - 10_000) }), {
        organisationName: 'required',
        organisationNumber: 'required',
        contactName: 'required',
        password: 'required',
      }],
      ['a password shorter than 12 characters', () => goodForm({ password: 'kort-passord' .slice(0, 11) }), { password: 'password-short' }],
      ['an address that is not one', () => goodForm({ email: 'ikke-en-adresse' }), { email: 'invalid-email' }],
      ['a form sent faster than a person fills it in', () => goodForm({ formToken: issueFormToken(payload.secret) }), { form: 'form-too-fast' }],
      ['a forged fill-in token', () => goodForm({ formToken: `${Date.now() - 60_000}.forfalsket` }), { form: 'form-invalid' }],
      ['no fill-in token', () => goodForm({ formToken: '' }), { form: 'form-invalid' }],
    ]
    for (const [name, form, problems] of refusals) {
      it(name, async () => {
        const before = await counts()
        const sent = form()
        const res = await post(sent)
        expect({ status: res.status, location: res.headers.get('location') }).toEqual({ status: 303, location: '/for-leverandorer/registrer#feil' })
        const state = shownAgain(res)
        expect(state?.problems).toEqual(problems)
        // What was typed comes back, never the password.
        expect(state?.values.email).toBe(sent.email)
        expect(JSON.stringify(state)).not.toContain(PASSWORD)
        expect(await counts()).toEqual(before)
        if (sent.email) expect(mailsTo(sent.email)).toEqual([])
      })
    }

    it('a filled honeypot is answered as a success and stores and mails nothing', async () => {
      const before = await counts()
      const sent = goodForm({ website: 'https://spam.example' })
      const res = await post(sent)
      expect(res.headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
      expect(await counts()).toEqual(before)
      await sendQueuedMail()
      expect(mailsTo(sent.email!)).toEqual([])
    })

    it('an organisation number that is already registered: ask a member for an invitation, no second organisation', async () => {
      const first = goodForm()
      expect((await post(first)).status).toBe(303)
      await verifyFirstMail(first.email!)
      const before = await counts()
      const second = goodForm({ organisationNumber: first.organisationNumber })
      const res = await post(second)
      expect(shownAgain(res)?.problems).toEqual({ organisationNumber: 'org-exists' })
      expect(await counts()).toEqual(before)
      await sendQueuedMail()
      expect(mailsTo(second.email!)).toEqual([])
    })

    it('an organisation whose members never verified but which owns an entry still counts as registered', async () => {
      const first = goodForm()
      expect((await post(first)).status).toBe(303)
      const organisation = await organisationByNumber(first.organisationNumber!)
      const category = await createCategory(payload)
      await payload.create({ collection: 'vendors', data: { ...vendorData(category.id), owner: organisation!.id } as never, draft: true, ...system })
      const second = goodForm({ organisationNumber: first.organisationNumber })
      expect(shownAgain(await post(second))?.problems).toEqual({ organisationNumber: 'org-exists' })
      expect((await userByEmail(first.email!))?.organisation).toBe(organisation!.id)
    })

    it('an address that already has an account: the same "check your e-mail", and that address is told', async () => {
      const first = goodForm()
      expect((await post(first)).status).toBe(303)
      const link = verifyLinkIn(await capture.waitFor((m) => m.to.includes(first.email!) && m.subject === VERIFY_SUBJECT))
      expect((await booted.api.post(`/users/verify/${link.token}`)).status).toBe(200)
      const before = await counts()
      const again = goodForm({ email: first.email!.toUpperCase() })
      const res = await post(again)
      expect({ status: res.status, location: res.headers.get('location') }).toEqual({ status: 303, location: '/for-leverandorer/registrer/sjekk-e-posten' })
      expect(await counts()).toEqual(before)
      await sendQueuedMail()
      const told = await capture.waitFor((m) => m.to.includes(first.email!) && m.subject === EXISTS_SUBJECT)
      expect(told.text).toContain(`${payload.config.serverURL}/admin/forgot`)
      expect(mailsTo(first.email!).map((m) => m.subject)).toEqual([VERIFY_SUBJECT, EXISTS_SUBJECT])
    })

    it('a registrant who lost the verification mail and registers again gets a new account and link; the old link is dead', async () => {
      const first = goodForm()
      expect((await post(first)).status).toBe(303)
      const old = verifyLinkIn(await capture.waitFor((m) => m.to.includes(first.email!) && m.subject === VERIFY_SUBJECT))
      const before = await counts()
      const again = goodForm({ email: first.email, password: 'Et-nytt-og-langt-passord-9' })
      const res = await post(again)
      expect(res.headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
      // The unverified account and its organisation are replaced, not added to.
      expect(await counts()).toEqual(before)
      expect(await organisationByNumber(first.organisationNumber!)).toBeUndefined()
      const mails = mailsTo(first.email!)
      expect(mails.map((m) => m.subject)).toEqual([VERIFY_SUBJECT, VERIFY_SUBJECT])
      const fresh = verifyLinkIn(mails[1]!)
      expect(fresh.token).not.toBe(old.token)
      expect((await booted.api.post(`/users/verify/${old.token}`)).status).toBe(403)
      expect((await booted.api.post(`/users/verify/${fresh.token}`)).status).toBe(200)
      expect((await login(first.email!, 'Et-nytt-og-langt-passord-9')).status).toBe(200)
    })

    it('a body sent in chunks without Content-Length is stopped at the limit (413) and nothing is stored', async () => {
      const before = await counts()
      const encoded = new TextEncoder().encode(new URLSearchParams({ ...(goodForm() as Record<string, string>), organisationName: 'x'.repeat(20_000) }).toString())
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < encoded.length; i += 1024) controller.enqueue(encoded.slice(i, i + 1024))
          controller.close()
        },
      })
      const request = new Request(`${ORIGIN}/for-leverandorer/registrer/send`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN, 'X-Forwarded-For': randomIp() },
        body,
        duplex: 'half',
      } as RequestInit)
      expect(request.headers.get('content-length')).toBeNull()
      expect((await registerRoute(request, params())).status).toBe(413)
      expect(await counts()).toEqual(before)
    })

    it('a post from another site is refused (403) and changes nothing', async () => {
      const before = await counts()
      const request = new Request(`${ORIGIN}/for-leverandorer/registrer/send`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example', 'X-Forwarded-For': randomIp() },
        body: new URLSearchParams(goodForm() as Record<string, string>),
      })
      expect((await registerRoute(request, params())).status).toBe(403)
      expect(await counts()).toEqual(before)
    })
  })
})

describe('accounts not made by registration', () => {
  it('a user made by an admin is verified at once and gets no mail', async () => {
    const adminEmail = `admin-${unique()}@test.videoveileder.no`
    await payload.create({ collection: 'users', data: { email: adminEmail, password: FIXTURE_PASSWORD, name: 'Ada', roles: ['admin'] } as never, ...system })
    const adminToken = await booted.api.login(adminEmail, FIXTURE_PASSWORD)
    const email = `redaktor-${unique()}@test.videoveileder.no`
    const res = await booted.api.post('/users', { body: { email, password: FIXTURE_PASSWORD, name: 'Eli', roles: ['editor'], _verified: false }, token: adminToken })
    expect(res.status).toBe(201)
    expect((await userByEmail(email))!._verified).toBe(true)
    await sendQueuedMail()
    expect(mailsTo(email)).toEqual([])
    expect(mailsTo(adminEmail)).toEqual([])
    expect((await login(email, FIXTURE_PASSWORD)).status).toBe(200)
  })

  it('an account from before verification (no value) is marked verified at start and keeps its session', async () => {
    const { verifyExistingUsers } = await import('../../../src/registration/verifyExistingUsers')
    const email = `gammel-${unique()}@test.videoveileder.no`
    const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name: 'Gammel', roles: ['editor'] } as never, ...system })
    await payload.db.updateOne({ collection: 'users', id: doc.id, data: { _verified: null } })
    expect((await userByEmail(email))!._verified ?? null).toBeNull()
    await verifyExistingUsers(payload)
    expect((await userByEmail(email))!._verified).toBe(true)
    const token = await booted.api.login(email, FIXTURE_PASSWORD)
    const me = (await (await booted.api.get('/users/me', { token })).json()) as { user: { email: string } | null }
    expect(me.user?.email).toBe(email)
  })
})

describe('an unverified registration never blocks the real owner', () => {
  it('an attacker who registered the victim\'s address first cannot have the victim verify the attacker\'s account', async () => {
    const victim = `offer-${unique()}@firma.example.no`
    const attackerPassword = 'Angriperens-eget-passord-1'
    const attacker = goodForm({ email: victim, password: attackerPassword, organisationName: 'Oppdiktet AS' })
    expect((await post(attacker)).status).toBe(303)
    // Later the victim registers with their own password, and follows the link in the mail they are sent.
    const real = goodForm({ email: victim })
    expect((await post(real)).headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
    const link = await latestVerification(victim, 2)
    expect((await booted.api.post(`/users/verify/${link.token}`)).status).toBe(200)
    expect((await login(victim, attackerPassword)).status).toBe(401)
    expect((await login(victim, PASSWORD)).status).toBe(200)
    // The made-up organisation went with the attacker's account; the victim's is the one that stays.
    expect(await organisationByNumber(attacker.organisationNumber!)).toBeUndefined()
    const user = (await userByEmail(victim))!
    expect(user.organisation).toBe((await organisationByNumber(real.organisationNumber!))!.id)
    expect(await payload.count({ collection: 'users', where: { email: { equals: victim } }, ...system })).toEqual(expect.objectContaining({ totalDocs: 1 }))
  })

  it('an organisation number held only by an unverified registration is taken over by the next registrant', async () => {
    const squatter = goodForm({ organisationName: 'Okkupant AS' })
    expect((await post(squatter)).status).toBe(303)
    const squatted = (await organisationByNumber(squatter.organisationNumber!))!
    const squatterUser = (await userByEmail(squatter.email!))!
    const company = goodForm({ organisationNumber: squatter.organisationNumber, organisationName: 'Det ekte firmaet AS' })
    const res = await post(company)
    expect(res.headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
    const organisation = (await organisationByNumber(company.organisationNumber!))!
    expect(organisation.name).toBe('Det ekte firmaet AS')
    expect(await userByEmail(squatter.email!)).toBeUndefined()
    await verifyFirstMail(company.email!)
    expect((await login(company.email!)).status).toBe(200)
    // The removal is in the audit log.
    expect((await auditOf('users', squatterUser.id, 'delete')).length).toBe(1)
    expect((await auditOf('vendor-organisations', squatted.id, 'delete')).length).toBe(1)
  })

  it('an address with an account costs the same password hashing as a new registration, and its mail is sent at once, not queued', async () => {
    const calls: string[] = []
    const real = crypto.pbkdf2
    const work = jest.spyOn(crypto, 'pbkdf2').mockImplementation(((...args: Parameters<typeof crypto.pbkdf2>) => {
      calls.push(`${args[2]}/${args[3]}/${args[4]}`)
      return real.apply(crypto, args)
    }) as typeof crypto.pbkdf2)
    try {
      const created = goodForm()
      expect((await post(created)).status).toBe(303)
      const createdCalls = calls.splice(0)
      const mailedBeforeAnswer = mailsTo(created.email!).length
      await verifyFirstMail(created.email!)
      calls.splice(0)

      const jobsBefore = (await payload.count({ collection: 'payload-jobs', ...system })).totalDocs
      expect((await post(goodForm({ email: created.email }))).status).toBe(303)
      const existingCalls = calls.splice(0)
      expect(createdCalls.length).toBeGreaterThan(0)
      expect(existingCalls).toEqual(createdCalls)
      expect({ created: mailedBeforeAnswer, existing: mailsTo(created.email!).length }).toEqual({ created: 1, existing: 2 })
      expect((await payload.count({ collection: 'payload-jobs', ...system })).totalDocs).toBe(jobsBefore)
    } finally {
      work.mockRestore()
    }
  })

  it('every hour, registrations left unverified for more than 48 hours are removed, as the system', async () => {
    const stale = goodForm()
    const fresh = goodForm()
    const verified = goodForm()
    for (const form of [stale, fresh, verified]) expect((await post(form)).status).toBe(303)
    await verifyFirstMail(verified.email!)
    // A colleague who joined the stale registrant's organisation by invitation keeps it.
    const sharedStale = goodForm()
    expect((await post(sharedStale)).status).toBe(303)
    const sharedOrg = (await organisationByNumber(sharedStale.organisationNumber!))!
    await payload.create({ collection: 'users', data: { email: `kollega-${unique()}@firma.example.no`, password: PASSWORD, name: 'Kollega', roles: ['vendor'], organisation: sharedOrg.id } as never, ...system })
    const old = new Date(Date.now() - 49 * 3600_000).toISOString()
    for (const form of [stale, verified, sharedStale]) {
      const user = (await userByEmail(form.email!))!
      await payload.db.updateOne({ collection: 'users', id: user.id, data: { createdAt: old } } as never)
    }
    const staleUser = (await userByEmail(stale.email!))!
    const staleOrg = (await organisationByNumber(stale.organisationNumber!))!

    await payload.jobs.handleSchedules()
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'removeStaleRegistrations' } }, ...system })
    expect(docs).toHaveLength(1)
    await payload.db.updateOne({ collection: 'payload-jobs', id: docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } } as never)
    await payload.jobs.run({ silent: true })

    expect(await userByEmail(stale.email!)).toBeUndefined()
    expect(await organisationByNumber(stale.organisationNumber!)).toBeUndefined()
    expect(await userByEmail(sharedStale.email!)).toBeUndefined()
    expect((await organisationByNumber(sharedStale.organisationNumber!))?.id).toBe(sharedOrg.id)
    expect(await userByEmail(fresh.email!)).toBeDefined()
    expect((await userByEmail(verified.email!))?._verified).toBe(true)
    expect(await organisationByNumber(verified.organisationNumber!)).toBeDefined()
    const audits = [...(await auditOf('users', staleUser.id, 'delete')), ...(await auditOf('vendor-organisations', staleOrg.id, 'delete'))]
    expect(audits.map((a) => ({ actorLabel: a.actorLabel, actor: a.actor ?? null }))).toEqual([
      { actorLabel: 'system', actor: null },
      { actorLabel: 'system', actor: null },
    ])
  })
})
