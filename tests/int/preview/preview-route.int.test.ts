import { jest } from '@jest/globals'
import type { Payload } from 'payload'

// /preview and the page's viewer use Next's request-scoped APIs; here they are stand-ins that record what the
// route turns on, and that play a request in draft mode with the headers and cookies a test gives.
const request = { draftEnabled: false, enabled: 0, headers: new Headers(), cookies: new Map<string, string>() }
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => ({ enable: () => void request.enabled++, disable: () => {}, isEnabled: request.draftEnabled }),
  headers: async () => request.headers,
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
}))

type Route = typeof import('../../../app/(frontend)/preview/route')
type PageViewer = typeof import('../../../app/(frontend)/_lib/viewer')
type Content = typeof import('../../../src/content/index')

let payload: Payload
let actors: import('../../fixtures/users').RoleFixtures
let route: Route
let pageViewer: PageViewer
let content: Content

const system = { overrideAccess: true } as const

async function preview(path: string, headers: Record<string, string> = {}) {
  request.enabled = 0
  const response = await route.GET(new Request(`http://localhost:3000/preview?path=${encodeURIComponent(path)}`, { headers }))
  return { status: response.status, location: response.headers.get('location'), enabled: request.enabled }
}

/** The viewer a page in draft mode gets for a request with these headers (and no share-link cookie). */
async function pageViewerWith(headers: Record<string, string>) {
  request.draftEnabled = true
  request.headers = new Headers(headers)
  try {
    return await pageViewer.viewerFromRequest()
  } finally {
    request.draftEnabled = false
    request.headers = new Headers()
  }
}

beforeAll(async () => {
  const { bootPayload } = await import('../../helpers/boot')
  const { createRoleFixtures } = await import('../../fixtures/users')
  const { giveVendorsOrganisations } = await import('../../helpers/organisations')
  route = await import('../../../app/(frontend)/preview/route')
  pageViewer = await import('../../../app/(frontend)/_lib/viewer')
  content = await import('../../../src/content/index')
  const booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
  await giveVendorsOrganisations(payload, actors)
}, 60_000)

describe('/preview refuses what it must, and turns draft mode on for nothing else', () => {
  it.each([['//evil.example'], ['/\\evil.example'], ['https://evil.example'], ['https://evil.example/artikler/x'], ['/\t/evil.example']])(
    'a foreign target %j is refused (400) even with a valid session, and draft mode stays off',
    async (target) => {
      const answer = await preview(target, { Authorization: `JWT ${actors.editor.token}` })
      expect(answer).toEqual({ status: 400, location: null, enabled: 0 })
    },
  )

  it('without a session (none, or a forged token) draft mode stays off and the browser goes to the login', async () => {
    for (const headers of [{}, { Authorization: `JWT ${actors.editor.token}x` }, { Cookie: 'payload-token=forged' }] as Record<string, string>[]) {
      const answer = await preview('/artikler/noe', headers)
      expect(answer.enabled).toBe(0)
      expect(answer.status).toBe(303)
      expect(answer.location).toMatch(/^\/admin\/login\?redirect=/)
    }
  })

  it('an editor and a vendor with a session enter draft mode, once', async () => {
    for (const actor of [actors.editor, actors.vendorA]) expect(await preview('/artikler/noe', { Authorization: `JWT ${actor.token}` })).toEqual({ status: 303, location: '/artikler/noe', enabled: 1 })
  })
})

describe('/preview has a per-address limit', () => {
  it('an address past the limit gets 429 with Retry-After and a Norwegian message, and draft mode stays off; another address is still let in', async () => {
    const { PREVIEW_LIMIT } = await import('../../../src/preview/routeLimits')
    const session = { Authorization: `JWT ${actors.editor.token}` }
    const statuses: number[] = []
    for (let i = 0; i < PREVIEW_LIMIT.max; i += 1) statuses.push((await preview('/artikler/noe', { ...session, 'X-Forwarded-For': '192.0.2.60' })).status)
    request.enabled = 0
    const over = await route.GET(new Request('http://localhost:3000/preview?path=%2Fartikler%2Fnoe', { headers: { ...session, 'X-Forwarded-For': '192.0.2.60' } }))
    expect({
      statuses: new Set(statuses),
      status: over.status,
      retryAfter: Number(over.headers.get('retry-after')) > 0,
      says: (await over.text()).includes('For mange forespørsler'),
      cookie: over.headers.get('set-cookie'),
      enabled: request.enabled,
    }).toEqual({ statuses: new Set([303]), status: 429, retryAfter: true, says: true, cookie: null, enabled: 0 })
    expect(await preview('/artikler/noe', { ...session, 'X-Forwarded-For': '198.51.100.60' })).toEqual({ status: 303, location: '/artikler/noe', enabled: 1 })
  })
})

describe('a page in draft mode checks the session again', () => {
  it('a draft-mode cookie without a valid session reads as the public: only published content', async () => {
    const title = `Utkast uten økt ${Date.now()}`
    const article = await payload.create({ collection: 'articles', data: { title, _status: 'draft' } as never, draft: true, ...system })
    for (const headers of [{}, { Authorization: `JWT ${actors.editor.token}x` }, { Cookie: '__prerender_bypass=copied' }] as Record<string, string>[]) {
      const viewer = await pageViewerWith(headers)
      expect(viewer).toEqual(content.ANONYMOUS)
      expect(await content.getArticleBySlug(viewer, 'nb', article.slug as string)).toBeNull()
    }
    const editor = await pageViewerWith({ Authorization: `JWT ${actors.editor.token}` })
    expect((await content.getArticleBySlug(editor, 'nb', article.slug as string))?.article.title).toBe(title)
  })

  it("a vendor previewing another organisation's entry sees only its published version", async () => {
    const category = await payload.create({ collection: 'profession-categories', data: { name: `Gruppe ${Date.now()}`, order: 9 }, ...system })
    const base = { solutionType: 'standalone', professionCategories: [category.id], owner: actors.vendorB.organisation }
    const other = await payload.create({ collection: 'vendors', data: { ...base, name: 'Annens publiserte', _status: 'published' } as never, ...system })
    await payload.update({ collection: 'vendors', id: other.id, data: { name: 'Annens utkast', _status: 'draft' } as never, draft: true, ...system })
    const vendorA = await pageViewerWith({ Authorization: `JWT ${actors.vendorA.token}` })
    expect(vendorA.kind).toBe('vendor')
    expect((await content.getVendor(vendorA, 'nb', other.slug as string))?.name).toBe('Annens publiserte')
    expect((await content.getPreviewVersion(vendorA, `/leverandorer/${other.slug}`))?.status).toBe('published')
    const vendorB = await pageViewerWith({ Authorization: `JWT ${actors.vendorB.token}` })
    expect((await content.getVendor(vendorB, 'nb', other.slug as string))?.name).toBe('Annens utkast')
    expect((await content.getPreviewVersion(vendorB, `/leverandorer/${other.slug}`))?.status).toBe('draft')
  })
})
