import type { Payload } from 'payload'

import { POST as registerRoute } from '../../../app/(frontend)/[lang]/for-leverandorer/registrer/send/route'
import { openFormState } from '../../../src/registration/formState'
import { issueFormToken } from '../../../src/registration/formToken'
import { FIXTURE_PASSWORD, organisationNumber } from '../../fixtures/users'
import type { BootedPayload } from '../../helpers/api'
import { bootPayload, countDocs } from '../../helpers/boot'
import { unique } from '../../helpers/content'
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
      const before = await counts()
      const second = goodForm({ organisationNumber: first.organisationNumber })
      const res = await post(second)
      expect(shownAgain(res)?.problems).toEqual({ organisationNumber: 'org-exists' })
      expect(await counts()).toEqual(before)
      await sendQueuedMail()
      expect(mailsTo(second.email!)).toEqual([])
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

    it('a registrant who lost the verification mail and registers again is sent the same link again, nothing new is made', async () => {
      const first = goodForm()
      expect((await post(first)).status).toBe(303)
      const link = verifyLinkIn(await capture.waitFor((m) => m.to.includes(first.email!) && m.subject === VERIFY_SUBJECT))
      const before = await counts()
      const res = await post(goodForm({ email: first.email }))
      expect(res.headers.get('location')).toBe('/for-leverandorer/registrer/sjekk-e-posten')
      expect(await counts()).toEqual(before)
      await sendQueuedMail()
      const mails = mailsTo(first.email!)
      expect(mails.map((m) => m.subject)).toEqual([VERIFY_SUBJECT, VERIFY_SUBJECT])
      expect(verifyLinkIn(mails[1]!).token).toBe(link.token)
      expect((await booted.api.post(`/users/verify/${link.token}`)).status).toBe(200)
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
