import crypto from 'node:crypto'

import { jest } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

// The content module and the route are server-only and use Next's request-scoped APIs. Here the public's reads
// run uncached, and draft mode and the cookie jar are recorded (the browser test drives the real ones).
const recorded = { draftMode: 0, cookies: [] as { name: string; value: string; options: Record<string, unknown> }[] }
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => ({ enable: () => void recorded.draftMode++, disable: () => {}, isEnabled: false }),
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => void recorded.cookies.push({ name, value, options }) }),
  headers: async () => new Headers(),
}))

type Content = typeof import('../../../src/content/index')
type Route = typeof import('../../../app/(frontend)/delt/[token]/route')
type Links = typeof import('../../../src/preview/shareLinks')

let payload: Payload
let api: import('../../helpers/api').ApiClient
let actors: import('../../fixtures/users').RoleFixtures
let content: Content
let route: Route
let links: Links

const system = { overrideAccess: true } as const
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')
const unique = () => crypto.randomBytes(4).toString('hex')

type LinkAnswer = { doc: { id: number; url?: string; tokenHash?: string; expiresAt: string; createdBy?: unknown; revokedAt?: string | null }; errors?: { message: string }[] }

/** A published article with a newer draft over it (the draft's lead differs), as an editor would leave it. */
async function articleWithDraft() {
  const title = `Delt ${unique()}`
  const doc = await payload.create({ collection: 'articles', data: { title, lead: 'Publisert ingress', _status: 'published' } as never, ...system })
  await payload.update({ collection: 'articles', id: doc.id, data: { lead: `Utkast ${unique()}`, _status: 'draft' } as never, draft: true, ...system })
  const draft = await payload.findByID({ collection: 'articles', id: doc.id, draft: true, ...system })
  return { id: doc.id, slug: doc.slug as string, draftLead: draft.lead as string }
}

async function createLink(token: string | undefined, body: Record<string, unknown>) {
  const response = await api.post('/preview-links', { body, token })
  return { status: response.status, json: (await response.json()) as LinkAnswer }
}

const tokenOf = (url: string | undefined) => url?.replace(/^\/delt\//, '') ?? ''

async function open(token: string, headers: Record<string, string> = {}) {
  recorded.draftMode = 0
  recorded.cookies = []
  const response = await route.GET(new Request(`http://localhost:3000/delt/${token}`, { headers }), { params: Promise.resolve({ token }) })
  return { status: response.status, location: response.headers.get('location'), body: await response.text(), headers: response.headers }
}

beforeAll(async () => {
  const { bootPayload } = await import('../../helpers/boot')
  const { createRoleFixtures } = await import('../../fixtures/users')
  content = await import('../../../src/content/index')
  route = await import('../../../app/(frontend)/delt/[token]/route')
  links = await import('../../../src/preview/shareLinks')
  const booted = await bootPayload()
  payload = booted.payload
  api = booted.api
  actors = await createRoleFixtures(payload, api)
}, 60_000)

describe('making a share link', () => {
  it('staff make one: the answer holds the link once, the store only its hash, and who made it', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 7, tokenHash: 'f'.repeat(64), createdBy: actors.admin.id })
    expect(made.status).toBe(201)
    expect(made.json.doc.url).toMatch(/^\/delt\/[A-Za-z0-9_-]{43}$/)
    expect(made.json.doc.tokenHash).toBeUndefined()
    const token = tokenOf(made.json.doc.url)

    const stored = (await payload.findByID({ collection: 'preview-links' as CollectionSlug, id: made.json.doc.id, ...system, showHiddenFields: true })) as unknown as Record<string, unknown>
    expect(stored.tokenHash).toBe(sha256(token))
    expect(JSON.stringify(stored)).not.toContain(token)
    expect(stored.url).toBeUndefined()
    expect(String((stored.createdBy as { id?: unknown })?.id ?? stored.createdBy)).toBe(String(actors.editor.id))
    const days = (Date.parse(String(stored.expiresAt)) - Date.parse(String(stored.createdAt))) / 86_400_000
    expect(Math.round(days)).toBe(7)

    // Nobody reads the hash (or the link) again, staff neither, over REST or GraphQL.
    for (const token of [actors.editor.token, actors.admin.token]) {
      const read = (await (await api.get(`/preview-links/${made.json.doc.id}`, { token })).json()) as Record<string, unknown>
      expect({ tokenHash: read.tokenHash, url: read.url ?? null }).toEqual({ tokenHash: undefined, url: null })
      const gql = await api.graphql(`{ PreviewLink(id: ${made.json.doc.id}) { id tokenHash } }`, { token })
      expect(gql.body.data?.PreviewLink?.tokenHash ?? null).toBeNull()
      const filtered = await api.get(`/preview-links?where[tokenHash][equals]=${sha256(token)}`, { token })
      expect(((await filtered.json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
    }
  })

  it('a vendor and the public cannot make one, over REST or GraphQL', async () => {
    const article = await articleWithDraft()
    const data = { targetCollection: 'articles', docId: String(article.id), days: 3 }
    const before = (await payload.count({ collection: 'preview-links' as CollectionSlug, ...system })).totalDocs
    for (const token of [actors.vendorA.token, undefined]) {
      expect((await createLink(token, data)).status).toBe(403)
      const gql = await api.graphql('mutation($data: mutationPreviewLinkInput!) { createPreviewLink(data: $data) { id url } }', { variables: { data }, token })
      expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0)
      expect(gql.body.data?.createPreviewLink ?? null).toBeNull()
      // Nor read the links staff made.
      expect((await api.get('/preview-links', { token })).status).toBe(403)
    }
    expect((await payload.count({ collection: 'preview-links' as CollectionSlug, ...system })).totalDocs).toBe(before)
  })

  it.each([[31], [0], [2.5], [-1]])('%p days is refused with 400 and a Norwegian message', async (days) => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days })
    expect(made.status).toBe(400)
    expect(made.json.errors?.[0]?.message).toContain('fra 1 til 30 dager')
  })

  it('30 days is the longest allowed; revoking sets the time once and for good', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.admin.token, { targetCollection: 'articles', docId: String(article.id), days: 30 })
    expect(made.status).toBe(201)
    const revoked = await api.patch(`/preview-links/${made.json.doc.id}`, { body: { revokedAt: '2000-01-01T00:00:00.000Z' }, token: actors.editor.token })
    expect(revoked.status).toBe(200)
    const at = ((await revoked.json()) as LinkAnswer).doc.revokedAt!
    expect(Math.abs(Date.parse(at) - Date.now())).toBeLessThan(60_000)
    const again = await api.patch(`/preview-links/${made.json.doc.id}`, { body: { revokedAt: null }, token: actors.editor.token })
    expect(((await again.json()) as LinkAnswer).doc.revokedAt).toBe(at)
    // A vendor cannot revoke (or un-revoke) one either.
    expect((await api.patch(`/preview-links/${made.json.doc.id}`, { body: { note: 'x' }, token: actors.vendorA.token })).status).toBe(403)
  })
})

describe('the audit log', () => {
  const entries = async (docId: string) =>
    (
      await payload.find({ collection: 'audit-log' as CollectionSlug, where: { docId: { equals: docId } }, sort: 'createdAt', limit: 20, ...system })
    ).docs.map((d) => {
      const entry = d as unknown as { action: string; collection?: string; actorLabel?: string }
      return { action: entry.action, collection: entry.collection, actor: entry.actorLabel }
    })

  it('records who made a link to which document, and who revoked it', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 4 })
    await api.patch(`/preview-links/${made.json.doc.id}`, { body: { revokedAt: new Date().toISOString() }, token: actors.admin.token })
    const logged = (await entries(String(article.id))).filter((e) => e.action.startsWith('preview-link'))
    expect(logged).toEqual([
      { action: 'preview-link-created', collection: 'articles', actor: actors.editor.email },
      { action: 'preview-link-revoked', collection: 'articles', actor: actors.admin.email },
    ])
  })
})

describe('opening a share link (/delt/<token>)', () => {
  it('a usable link turns on draft mode, sets a short signed HttpOnly cookie naming the link, and goes to the page', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 2 })
    const opened = await open(tokenOf(made.json.doc.url))
    expect(opened.status).toBe(303)
    expect(opened.location).toBe(`/artikler/${article.slug}`)
    expect(opened.headers.get('x-robots-tag')).toContain('noindex')
    expect(recorded.draftMode).toBe(1)
    expect(recorded.cookies).toHaveLength(1)
    const [cookie] = recorded.cookies
    expect(cookie!.name).toBe(links.SHARE_COOKIE)
    expect(cookie!.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' })
    expect(links.verifyShareCookie(payload.secret, cookie!.value)).toBe(String(made.json.doc.id))
    // The cookie is short: at most 12 hours, whatever the link's own expiry.
    expect((cookie!.options.expires as Date).getTime() - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000)
    // A forged cookie names nothing.
    expect(links.verifyShareCookie(payload.secret, cookie!.value.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull()
  })

  async function refused(token: string) {
    const opened = await open(token)
    expect({ status: opened.status, cookies: recorded.cookies.length, draftMode: recorded.draftMode, location: opened.location }).toEqual({
      status: 410,
      cookies: 0,
      draftMode: 0,
      location: null,
    })
    expect(opened.body).toContain('Lenken virker ikke lenger')
    expect(opened.headers.get('x-robots-tag')).toContain('noindex')
    expect(opened.headers.get('cache-control')).toContain('no-store')
  }

  it('an expired link answers 410 and sets no cookie', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 1 })
    await payload.update({ collection: 'preview-links' as CollectionSlug, id: made.json.doc.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } as never, ...system })
    await refused(tokenOf(made.json.doc.url))
  })

  it('a revoked link answers 410 and sets no cookie', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 5 })
    expect((await open(tokenOf(made.json.doc.url))).status).toBe(303)
    await api.patch(`/preview-links/${made.json.doc.id}`, { body: { revokedAt: new Date().toISOString() }, token: actors.editor.token })
    await refused(tokenOf(made.json.doc.url))
  })

  it('a link whose draft has been published since answers 410 and sets no cookie', async () => {
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 5 })
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } as never, ...system })
    await refused(tokenOf(made.json.doc.url))
  })

  it('an unknown or malformed token answers 410', async () => {
    await refused(crypto.randomBytes(32).toString('base64url'))
    await refused('not-a-token')
  })
})

describe("a share link's reader", () => {
  it('reads that one draft and everything else as the public: another draft stays hidden', async () => {
    const shared = await articleWithDraft()
    const other = await articleWithDraft()
    const draftOnly = await payload.create({ collection: 'articles', data: { title: `Bare utkast ${unique()}`, _status: 'draft' } as never, draft: true, ...system })
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(shared.id), days: 5 })
    const cookie = links.signShareCookie(payload.secret, made.json.doc.id, Date.now() + 60_000)
    const viewer = await content.sharedViewerFromCookie(cookie)
    expect(viewer.kind).toBe('shared')

    expect((await content.getArticleBySlug(viewer, 'nb', shared.slug))?.article.lead).toBe(shared.draftLead)
    expect((await content.getArticleBySlug(viewer, 'nb', other.slug))?.article.lead).toBe('Publisert ingress')
    expect(await content.getArticleBySlug(viewer, 'nb', draftOnly.slug as string)).toBeNull()
    const index = (await content.getArticleIndex(viewer)).map((e) => String(e.id))
    expect(index).toEqual(expect.arrayContaining([String(shared.id), String(other.id)]))
    expect(index).not.toContain(String(draftOnly.id))
    // The public still sees the published text.
    expect((await content.getArticleBySlug(content.ANONYMOUS, 'nb', shared.slug))?.article.lead).toBe('Publisert ingress')
    // The version the banner names is the draft.
    expect((await content.getPreviewVersion(viewer, `/artikler/${shared.slug}`))?.status).toBe('draft')
  })

  it('a draft-only document is readable through its own link only, and reads as the public once the link is revoked', async () => {
    const draftOnly = await payload.create({ collection: 'articles', data: { title: `Kun utkast ${unique()}`, _status: 'draft' } as never, draft: true, ...system })
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(draftOnly.id), days: 5 })
    const cookie = links.signShareCookie(payload.secret, made.json.doc.id, Date.now() + 60_000)
    const viewer = await content.sharedViewerFromCookie(cookie)
    expect((await content.getArticleBySlug(viewer, 'nb', draftOnly.slug as string))?.article.title).toBe(draftOnly.title)

    await api.patch(`/preview-links/${made.json.doc.id}`, { body: { revokedAt: new Date().toISOString() }, token: actors.editor.token })
    expect(await content.sharedViewerFromCookie(cookie)).toEqual(content.ANONYMOUS)
    // A cookie signed with another secret, or run out, is the public too.
    const alive = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(draftOnly.id), days: 5 })
    expect(await content.sharedViewerFromCookie(links.signShareCookie('another secret', alive.json.doc.id, Date.now() + 60_000))).toEqual(content.ANONYMOUS)
    expect(await content.sharedViewerFromCookie(links.signShareCookie(payload.secret, alive.json.doc.id, Date.now() - 1))).toEqual(content.ANONYMOUS)
  })

  it('the grant reaches nothing over the API: REST and GraphQL with draft=true still give the public the published version only', async () => {
    const shared = await articleWithDraft()
    await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(shared.id), days: 5 })
    const rest = (await (await api.get(`/articles/${shared.id}?draft=true`)).json()) as { lead?: string }
    expect(rest.lead).toBe('Publisert ingress')
  })
})

describe('/delt/<token> has a per-address limit', () => {
  it('an address past the limit gets 429 with Retry-After and a Norwegian message, and no cookie, even for a usable link; another address still opens it', async () => {
    const { SHARE_LINK_LIMIT } = await import('../../../src/preview/routeLimits')
    const article = await articleWithDraft()
    const made = await createLink(actors.editor.token, { targetCollection: 'articles', docId: String(article.id), days: 2 })
    const token = tokenOf(made.json.doc.url)
    const statuses: number[] = []
    for (let i = 0; i < SHARE_LINK_LIMIT.max; i += 1) statuses.push((await open(token, { 'X-Forwarded-For': '192.0.2.30' })).status)
    const over = await open(token, { 'X-Forwarded-For': '192.0.2.30' })
    expect({
      statuses: new Set(statuses),
      status: over.status,
      retryAfter: Number(over.headers.get('retry-after')) > 0,
      says: over.body.includes('For mange forespørsler'),
      cookies: recorded.cookies.length,
      setCookie: over.headers.get('set-cookie'),
      draftMode: recorded.draftMode,
    }).toEqual({ statuses: new Set([303]), status: 429, retryAfter: true, says: true, cookies: 0, setCookie: null, draftMode: 0 })
    expect((await open(token, { 'X-Forwarded-For': '198.51.100.30' })).status).toBe(303)
  })
})
