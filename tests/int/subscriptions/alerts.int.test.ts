import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { POST as subscribeRoute } from '../../../app/(frontend)/[lang]/abonner/route'
import { GET as confirmRoute } from '../../../app/(frontend)/[lang]/abonner/bekreft/route'
import { GET as unsubscribeGet, POST as unsubscribePost } from '../../../app/(frontend)/[lang]/abonner/avslutt/route'
import { signToken } from '../../../src/subscriptions/tokens'
import { POLICY_ACTORS, type PolicyActor } from '../../fixtures/policy'
import type { RoleFixtures } from '../../fixtures/users'
import { createRoleFixtures } from '../../fixtures/users'
import { bootPayload } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { smtpEnv, startSmtpCapture, type CapturedMail, type SmtpCapture } from '../../helpers/smtp'
import type { BootedPayload } from '../../helpers/api'

let capture: SmtpCapture
let booted: BootedPayload
let actors: RoleFixtures
let payload: Payload
let articleId: number

const ORIGIN = 'http://localhost:3000'
const system = { overrideAccess: true } as const
const params = (lang = 'nb') => ({ params: Promise.resolve({ lang }) })

beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
  articleId = (await payload.create({ collection: 'articles', data: { title: `Samtykke ${unique()}`, _status: 'published' } as never, ...system })).id as number
})

afterAll(async () => {
  await capture.close()
})

type Form = { epost?: string; side?: string; nettside?: string }

/** The form as a browser on this site posts it: same-origin, from one client address. */
function post(form: Form, { ip = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, headers = {} as Record<string, string>, lang = 'nb' } = {}) {
  const body = new URLSearchParams({ nettside: '', ...form } as Record<string, string>)
  const request = new Request(`${ORIGIN}/abonner`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN, 'X-Forwarded-For': ip, ...headers },
    body,
  })
  return subscribeRoute(request, params(lang))
}

/** The unsubscribe page's button, as a browser on this site posts it (to the page's own address). */
const formPost = (url: string, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN }) =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: '' })

const subscriptionsOf = async (email: string) =>
  (await payload.find({ collection: 'subscriptions', where: { email: { equals: email } }, ...system })).docs as unknown as { id: number; confirmedAt?: string | null; page: string }[]

/** The tasks that send mail: staff mail, and subscriber mail built at send time. */
const MAIL_TASKS = ['sendMail', 'sendSubscriberMail']

/** Runs the mail queue (the app's job runner does this in production) until no mail job is left. */
async function sendQueuedMail(): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    await payload.jobs.run({ silent: true })
    const pending = await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { in: MAIL_TASKS } }, { hasError: { not_equals: true } }] }, ...system })
    if (pending.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function mailTo(email: string, subject: (s: string) => boolean): Promise<CapturedMail> {
  await sendQueuedMail()
  return capture.waitFor((m) => m.to.includes(email) && subject(m.subject))
}

const linkIn = (mail: CapturedMail, path: string) => {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[^\\s]+`).exec(mail.text)
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`)
  return match[0]
}

/** An editor's change, sent for review and published by the admin with a change note. */
async function publishChange(id: number, note: string) {
  const draft = await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: `Ny ingress ${unique()}`, _status: 'draft' }, token: actors.editor.token })
  expect(draft.status).toBe(200)
  expect((await booted.api.post('/workflow/transition', { body: { collection: 'articles', id, to: 'in-review' }, token: actors.editor.token })).status).toBe(200)
  const published = await booted.api.patch(`/articles/${id}`, { body: { _status: 'published', changeNote: note }, token: actors.admin.token })
  expect(published.status).toBe(200)
}

describe('e-mail alerts with double opt-in', () => {
  it('subscribe, confirm by mail, get the change note of a major publish, unsubscribe with one click', async () => {
    const email = `leser-${unique()}@example.no`
    const res = await post({ epost: email, side: `articles:${articleId}` })
    expect({ status: res.status, location: res.headers.get('location') }).toEqual({ status: 303, location: '/abonner/sendt' })
    expect((await subscriptionsOf(email)).map((s) => s.confirmedAt ?? null)).toEqual([null])

    const confirmation = await mailTo(email, (s) => s.startsWith('Bekreft'))
    const confirmLink = linkIn(confirmation, '/abonner/bekreft')
    const confirmed = await confirmRoute(new Request(confirmLink), params())
    expect({ status: confirmed.status, location: confirmed.headers.get('location') }).toEqual({ status: 303, location: '/abonner/bekreftet' })
    expect((await subscriptionsOf(email))[0]!.confirmedAt).toEqual(expect.any(String))

    const note = `Nye råd om samtykke ${unique()}.`
    await publishChange(articleId, note)
    const alert = await mailTo(email, (s) => s.startsWith('Endret: '))
    expect(alert.text).toContain(note)
    const unsubscribeLink = linkIn(alert, '/abonner/avslutt')
    // Mail clients offer the same one-click unsubscribe (RFC 8058).
    const headers = alert.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
    expect(headers).toContain(`List-Unsubscribe: <${unsubscribeLink}>`)
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    // The link opens a page with one button (a link scanner's GET ends nothing); the button's POST does.
    const page = await unsubscribeGet(new Request(unsubscribeLink), params())
    expect({ status: page.status, button: (await page.text()).includes('Avslutt abonnementet'), kept: (await subscriptionsOf(email)).length }).toEqual({ status: 200, button: true, kept: 1 })
    const gone = await unsubscribePost(formPost(unsubscribeLink), params())
    expect({ status: gone.status, location: gone.headers.get('location') }).toEqual({ status: 303, location: '/abonner/avmeldt' })
    expect(await subscriptionsOf(email)).toEqual([])
  })

  it('an unconfirmed subscriber gets no alert; a minor change mails nobody', async () => {
    const unconfirmed = `ubekreftet-${unique()}@example.no`
    const confirmedEmail = `bekreftet-${unique()}@example.no`
    await post({ epost: unconfirmed, side: 'site' })
    await post({ epost: confirmedEmail, side: 'site' })
    const link = linkIn(await mailTo(confirmedEmail, (s) => s.startsWith('Bekreft')), '/abonner/bekreft')
    expect((await confirmRoute(new Request(link), params())).status).toBe(303)

    const draft = await booted.api.patch(`/articles/${articleId}?draft=true`, { body: { lead: `Skrivefeil ${unique()}`, _status: 'draft' }, token: actors.editor.token })
    expect(draft.status).toBe(200)
    await booted.api.post('/workflow/transition', { body: { collection: 'articles', id: articleId, to: 'in-review' }, token: actors.editor.token })
    expect((await booted.api.patch(`/articles/${articleId}`, { body: { _status: 'published', minorChange: true }, token: actors.admin.token })).status).toBe(200)
    const note = `Større endring ${unique()}`
    await publishChange(articleId, note)
    await sendQueuedMail()
    const alerts = (to: string) => capture.messages.filter((m) => m.to.includes(to) && m.subject.startsWith('Endret: '))
    expect(alerts(confirmedEmail).map((m) => m.text.includes(note))).toEqual([true])
    expect(alerts(unconfirmed)).toEqual([])
  })

  it('the one-click POST of a mail client (RFC 8058) deletes the subscriber too', async () => {
    const email = `klikk-${unique()}@example.no`
    await post({ epost: email, side: 'site' })
    const [subscription] = await subscriptionsOf(email)
    const token = signToken(payload.secret, { purpose: 'unsubscribe', subscription: subscription!.id, email, expiresAt: 0 })
    const res = await unsubscribePost(new Request(`${ORIGIN}/abonner/avslutt?token=${token}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), params())
    expect(res.status).toBe(200)
    expect(await subscriptionsOf(email)).toEqual([])
  })
})

describe('refused links change nothing and say why in Norwegian', () => {
  let email: string
  let id: number
  beforeAll(async () => {
    email = `lenke-${unique()}@example.no`
    await post({ epost: email, side: 'site' })
    id = (await subscriptionsOf(email))[0]!.id
  })

  const confirmWith = (token: string) => confirmRoute(new Request(`${ORIGIN}/abonner/bekreft?token=${encodeURIComponent(token)}`), params())
  const unchanged = async () => expect((await subscriptionsOf(email)).map((s) => s.confirmedAt ?? null)).toEqual([null])

  it.each([
    ['a forged signature', () => signToken(payload.secret, { purpose: 'confirm', subscription: id, email, expiresAt: Date.now() + 60_000 }).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), 'Lenken er ugyldig'],
    ['a token signed with another secret', () => signToken('en-annen-hemmelighet-0123456789abcdef', { purpose: 'confirm', subscription: id, email, expiresAt: Date.now() + 60_000 }), 'Lenken er ugyldig'],
    ['an expired link', () => signToken(payload.secret, { purpose: 'confirm', subscription: id, email, expiresAt: Date.now() - 1000 }), 'utløpt'],
    ['an unsubscribe token used to confirm', () => signToken(payload.secret, { purpose: 'unsubscribe', subscription: id, email, expiresAt: 0 }), 'Lenken er ugyldig'],
    ["a link for another address's subscription", () => signToken(payload.secret, { purpose: 'confirm', subscription: id, email: 'annen@example.no', expiresAt: Date.now() + 60_000 }), 'utløpt'],
    ['garbage', () => 'ikke-en-lenke', 'Lenken er ugyldig'],
  ])('%s: 400 with a Norwegian page, the subscription stays unconfirmed', async (_name, token, message) => {
    const res = await confirmWith(token())
    expect({ status: res.status, type: res.headers.get('content-type'), says: (await res.text()).includes(message) }).toEqual({
      status: 400,
      type: 'text/html; charset=utf-8',
      says: true,
    })
    await unchanged()
  })

  it('a forged unsubscribe link deletes nothing, opened or posted', async () => {
    const forged = signToken('en-annen-hemmelighet-0123456789abcdef', { purpose: 'unsubscribe', subscription: id, email, expiresAt: 0 })
    const url = `${ORIGIN}/abonner/avslutt?token=${forged}`
    const res = await unsubscribeGet(new Request(url), params())
    expect({ status: res.status, says: (await res.text()).includes('Lenken er ugyldig') }).toEqual({ status: 400, says: true })
    const posted = await unsubscribePost(formPost(url), params())
    const oneClick = await unsubscribePost(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), params())
    expect({ posted: posted.status, oneClick: oneClick.status }).toEqual({ posted: 400, oneClick: 400 })
    expect((await subscriptionsOf(email)).length).toBe(1)
  })

  it('opening a good unsubscribe link (as a mail scanner does) deletes nothing; a cross-site post of its button neither', async () => {
    const url = `${ORIGIN}/abonner/avslutt?token=${signToken(payload.secret, { purpose: 'unsubscribe', subscription: id, email, expiresAt: 0 })}`
    const page = await unsubscribeGet(new Request(url), params())
    const html = await page.text()
    const crossSite = await unsubscribePost(formPost(url, { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }), params())
    expect({
      status: page.status,
      noStore: page.headers.get('cache-control'),
      form: /<form method="post" action="[^"]*\/abonner\/avslutt\?token=[^"]+">/.test(html),
      button: html.includes('<button type="submit">Avslutt abonnementet</button>'),
      crossSite: crossSite.status,
      kept: (await subscriptionsOf(email)).length,
    }).toEqual({ status: 200, noStore: 'private, no-store', form: true, button: true, crossSite: 403, kept: 1 })
  })

  it('an expired unconfirmed subscription is deleted when the next reader subscribes', async () => {
    const old = `gammel-${unique()}@example.no`
    await post({ epost: old, side: 'site' })
    const [stale] = await subscriptionsOf(old)
    await payload.db.updateOne({ collection: 'subscriptions', where: { id: { equals: stale!.id } }, data: { createdAt: new Date(Date.now() - 49 * 3600_000).toISOString() } })
    await post({ epost: `ny-${unique()}@example.no`, side: 'site' })
    expect(await subscriptionsOf(old)).toEqual([])
  })
})

describe('the form refuses what a person would not send', () => {
  it('a filled honeypot is answered as sent, but nothing is stored or mailed', async () => {
    const email = `bot-${unique()}@example.no`
    const res = await post({ epost: email, side: 'site', nettside: 'https://spam.example' })
    await sendQueuedMail()
    expect({ status: res.status, location: res.headers.get('location'), stored: (await subscriptionsOf(email)).length, mailed: capture.messages.some((m) => m.to.includes(email)) }).toEqual({
      status: 303,
      location: '/abonner/sendt',
      stored: 0,
      mailed: false,
    })
  })

  it.each([
    ['an address that is none', { epost: 'ikke-en-adresse', side: 'site' }, 400, 'Skriv inn en gyldig e-postadresse'],
    ['an unknown page', { epost: 'x@example.no', side: 'articles:999999' }, 404, 'Vi fant ikke siden'],
    ['a page key that is none', { epost: 'x@example.no', side: 'users:1' }, 404, 'Vi fant ikke siden'],
  ])('%s: refused with the reason on the page, nothing stored', async (_name, form, status, message) => {
    const res = await post(form)
    expect({ status: res.status, says: (await res.text()).includes(message), stored: (await subscriptionsOf('x@example.no')).length }).toEqual({ status, says: true, stored: 0 })
  })

  it('a draft article cannot be followed (the public cannot read it)', async () => {
    const draft = await payload.create({ collection: 'articles', data: { title: `Utkast ${unique()}`, _status: 'draft' } as never, draft: true, ...system })
    const email = `utkast-${unique()}@example.no`
    const res = await post({ epost: email, side: `articles:${draft.id}` })
    expect({ status: res.status, stored: (await subscriptionsOf(email)).length }).toEqual({ status: 404, stored: 0 })
  })

  it.each([
    ['a cross-site form post', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a post from a same-site subdomain', { 'Sec-Fetch-Site': 'same-site' }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
  ])('%s is refused with 403, nothing stored', async (_name, headers) => {
    const email = `csrf-${unique()}@example.no`
    const res = await post({ epost: email, side: 'site' }, { headers })
    expect({ status: res.status, says: (await res.text()).includes('bare sendes fra Videoveileder'), stored: (await subscriptionsOf(email)).length }).toEqual({
      status: 403,
      says: true,
      stored: 0,
    })
  })

  it('one address may post five times in ten minutes; the sixth gets 429 with Retry-After, in Norwegian', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`
    const statuses: number[] = []
    for (let i = 0; i < 5; i += 1) statuses.push((await post({ epost: `grense-${unique()}@example.no`, side: 'site' }, { ip })).status)
    const email = `grense-${unique()}@example.no`
    const sixth = await post({ epost: email, side: 'site' }, { ip })
    const other = await post({ epost: `annen-${unique()}@example.no`, side: 'site' }, { ip: '198.51.100.7' })
    expect({
      statuses,
      sixth: sixth.status,
      retryAfter: Number(sixth.headers.get('retry-after')) > 0,
      says: (await sixth.text()).includes('For mange forsøk'),
      stored: (await subscriptionsOf(email)).length,
      otherAddress: other.status,
    }).toEqual({ statuses: [303, 303, 303, 303, 303], sixth: 429, retryAfter: true, says: true, stored: 0, otherAddress: 303 })
  })

  it('a reader on the nynorsk pages gets the refusal in nynorsk', async () => {
    const res = await post({ epost: 'feil', side: 'site' }, { lang: 'nn' })
    const html = await res.text()
    expect({ status: res.status, lang: html.includes('<html lang="nn">'), says: html.includes('Skriv inn ei gyldig e-postadresse') }).toEqual({ status: 400, lang: true, says: true })
  })
})

describe('nobody reaches the subscribers through the API', () => {
  let id: number
  beforeAll(async () => {
    const email = `personvern-${unique()}@example.no`
    await post({ epost: email, side: 'site' })
    id = (await subscriptionsOf(email))[0]!.id
  })
  const tokenOf = (actor: PolicyActor) => (actor === 'anonymous' ? undefined : actor === 'vendor' ? actors.vendorA.token : actors[actor].token)

  it.each(POLICY_ACTORS)('%s can neither list, read, create, change nor delete subscriptions over REST or GraphQL', async (actor) => {
    const token = tokenOf(actor)
    const before = (await payload.count({ collection: 'subscriptions', ...system })).totalDocs
    const list = await booted.api.get('/subscriptions?limit=100', { token })
    const one = await booted.api.get(`/subscriptions/${id}`, { token })
    const create = await booted.api.post('/subscriptions', { body: { email: 'ny@example.no', page: 'site', language: 'nb', confirmedAt: new Date().toISOString() }, token })
    const update = await booted.api.patch(`/subscriptions/${id}`, { body: { email: 'kapret@example.no' }, token })
    const remove = await booted.api.delete(`/subscriptions/${id}`, { token })
    const gqlList = await booted.api.graphql('{ Subscriptions(limit: 100) { docs { id email } } }', { token })
    const gqlOne = await booted.api.graphql(`{ Subscription(id: ${id}) { id email } }`, { token })
    const gqlDelete = await booted.api.graphql(`mutation { deleteSubscription(id: ${id}) { id } }`, { token })
    const stored = (await payload.findByID({ collection: 'subscriptions', id, disableErrors: true, ...system })) as { email?: string } | null
    expect({
      list: list.status,
      one: one.status,
      create: create.status,
      update: update.status,
      remove: remove.status,
      graphql: [gqlList, gqlOne, gqlDelete].map((r) => Boolean(r.body.errors?.length) && !r.body.data?.Subscriptions?.docs?.length && !r.body.data?.Subscription),
      count: (await payload.count({ collection: 'subscriptions', ...system })).totalDocs - before,
      kept: stored?.email?.startsWith('personvern-'),
    }).toEqual({ list: 403, one: 403, create: 403, update: 403, remove: 403, graphql: [true, true, true], count: 0, kept: true })
  })

  it('an admin answers a data-subject request for one address (what is stored, then delete); nobody else may', async () => {
    const email = `innsyn-${unique()}@example.no`
    await post({ epost: email, side: `articles:${articleId}` })
    const query = `/subscriptions/address?email=${encodeURIComponent(email)}`
    const asEditor = await booted.api.get(query, { token: actors.editor.token })
    const asAnonymous = await booted.api.get(query)
    const lookup = await booted.api.get(query, { token: actors.admin.token })
    const found = (await lookup.json()) as { count: number; subscriptions: { page: string }[] }
    const removed = await booted.api.delete(query, { token: actors.admin.token })
    expect({
      editor: asEditor.status,
      anonymous: asAnonymous.status,
      lookup: lookup.status,
      found: found.subscriptions.map((s) => s.page),
      removed: removed.status,
      left: (await subscriptionsOf(email)).length,
    }).toEqual({ editor: 403, anonymous: 403, lookup: 200, found: [`articles:${articleId}`], removed: 200, left: 0 })
  })
})

describe('staff cannot read subscribers through the mail queue', () => {
  /** Every job staff can see, over REST and GraphQL, as the JSON text a client gets. */
  async function jobsAs(token: string) {
    const rest = await booted.api.get('/payload-jobs?limit=1000&depth=0', { token })
    const mailOnly = await booted.api.get(`/payload-jobs?limit=1000&where[taskSlug][in]=${MAIL_TASKS.join(',')}`, { token })
    const gql = await booted.api.graphql('{ PayloadJobs(limit: 1000) { docs { id taskSlug input log { input output error } } } }', { token })
    const restBody = (await rest.json()) as { docs: { taskSlug?: string }[] }
    return {
      status: rest.status,
      mailJobs: restBody.docs.filter((d) => MAIL_TASKS.includes(d.taskSlug ?? '')).length,
      graphqlJobs: ((gql.body.data as { PayloadJobs?: { docs?: unknown[] } } | undefined)?.PayloadJobs?.docs ?? []).length,
      text: JSON.stringify(restBody) + (await mailOnly.text()) + JSON.stringify(gql.body),
    }
  }

  async function expectNothingOf(email: string) {
    for (const actor of ['editor', 'admin'] as const) {
      const seen = await jobsAs(actors[actor].token)
      expect({ actor, status: seen.status, queued: seen.mailJobs > 0 && seen.graphqlJobs > 0, address: seen.text.includes(email), token: seen.text.includes('token=') }).toEqual({
        actor,
        status: 200,
        queued: true,
        address: false,
        token: false,
      })
    }
  }

  it('after a subscribe and after a major publish no job shows the address or a signed link; the mail still arrives with working links', async () => {
    const email = `hemmelig-${unique()}@example.no`
    await post({ epost: email, side: `articles:${articleId}` })
    await expectNothingOf(email)
    const confirmLink = linkIn(await mailTo(email, (s) => s.startsWith('Bekreft')), '/abonner/bekreft')
    expect((await confirmRoute(new Request(confirmLink), params())).status).toBe(303)

    const note = `Personvern ${unique()}.`
    await publishChange(articleId, note)
    await expectNothingOf(email)
    const alert = await mailTo(email, (s) => s.startsWith('Endret: '))
    expect(alert.text).toContain(note)
    const oneClick = await unsubscribePost(new Request(linkIn(alert, '/abonner/avslutt'), { method: 'POST', body: 'List-Unsubscribe=One-Click' }), params())
    expect({ status: oneClick.status, left: (await subscriptionsOf(email)).length }).toEqual({ status: 200, left: 0 })
  })

  it('a mail whose subscription is gone by send time is not sent (logged at info), and its job ends', async () => {
    const email = `borte-${unique()}@example.no`
    await post({ epost: email, side: 'site' })
    const [subscription] = await subscriptionsOf(email)
    await payload.delete({ collection: 'subscriptions', id: subscription!.id, ...system })
    const infos: unknown[][] = []
    const spy = jest.spyOn(payload.logger, 'info').mockImplementation(((...args: unknown[]) => {
      infos.push(args)
    }) as never)
    try {
      await sendQueuedMail()
    } finally {
      spy.mockRestore()
    }
    const left = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { in: MAIL_TASKS } }, ...system })
    expect({
      mailed: capture.messages.some((m) => m.to.includes(email)),
      logged: infos.some(([obj]) => String((obj as { subscription?: unknown })?.subscription) === String(subscription!.id)),
      left: left.totalDocs,
    }).toEqual({ mailed: false, logged: true, left: 0 })
  })
})
