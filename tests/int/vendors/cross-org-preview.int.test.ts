import { jest } from '@jest/globals'
import type { Payload } from 'payload'

// Previewing across organisations (issue 12): vendor A1 in draft mode reads its own organisation's drafts on the
// real site's reads (src/content) and, of organisation B, only what the public reads. The page's viewer comes
// from Next's request APIs; here they are stand-ins playing a request in draft mode with the headers a test gives
// (as tests/int/preview/preview-route.int.test.ts does).
const request = { draftEnabled: false, enabled: 0, headers: new Headers() }
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => ({ enable: () => void request.enabled++, disable: () => {}, isEnabled: request.draftEnabled }),
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined }),
}))

type Content = typeof import('../../../src/content/index')
type Viewer = import('../../../src/content/index').Viewer
type Id = number | string

let payload: Payload
let actors: import('../../fixtures/users').RoleFixtures
let content: Content
let route: typeof import('../../../app/(frontend)/preview/route')
let pageViewer: typeof import('../../../app/(frontend)/_lib/viewer')
const viewers = {} as Record<'A1' | 'A2' | 'B1', Viewer>
const SECRET = `HEMMELIG-${Date.now().toString(36)}`
const entries = {} as Record<'aDraft' | 'aWithDraft' | 'bDraft' | 'bReview' | 'bWithDraft', { id: Id; slug: string }>
const names = { aDraft: 'A sitt utkast', aWithDraft: { published: 'A publisert', draft: 'A endret' }, bWithDraft: { published: 'B publisert' } }
const system = { overrideAccess: true } as const

async function viewerFor(token: string): Promise<Viewer> {
  request.draftEnabled = true
  request.headers = new Headers({ Authorization: `JWT ${token}` })
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
  const { vendorMember } = await import('../../helpers/organisations')
  const { createCategory, vendorData } = await import('../../helpers/content')
  content = await import('../../../src/content/index')
  route = await import('../../../app/(frontend)/preview/route')
  pageViewer = await import('../../../app/(frontend)/_lib/viewer')
  const booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
  const A2 = await vendorMember(payload, booted.api, actors.vendorA.organisation, 'Anne A2')
  const category = await createCategory(payload)

  const make = async (owner: Id, name: string, status: 'draft' | 'published', newerDraft?: string) => {
    const doc = await payload.create({ collection: 'vendors', data: vendorData(category.id, { name, owner, _status: status }) as never, draft: status === 'draft', ...system })
    if (newerDraft) await payload.update({ collection: 'vendors', id: doc.id, data: { name: newerDraft, shortDescription: newerDraft, _status: 'draft' } as never, draft: true, ...system })
    return { id: doc.id, slug: doc.slug as string }
  }
  const orgA = actors.vendorA.organisation
  const orgB = actors.vendorB.organisation
  entries.aDraft = await make(orgA, names.aDraft, 'draft')
  entries.aWithDraft = await make(orgA, names.aWithDraft.published, 'published', names.aWithDraft.draft)
  entries.bDraft = await make(orgB, `B utkast ${SECRET}`, 'draft')
  entries.bReview = await make(orgB, `B til vurdering ${SECRET}`, 'draft')
  entries.bWithDraft = await make(orgB, names.bWithDraft.published, 'published', `B endret ${SECRET}`)
  const submitted = await booted.api.post('/workflow/transition', { body: { collection: 'vendors', id: entries.bReview.id, to: 'in-review' }, token: actors.vendorB.token })
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status}`)

  viewers.A1 = await viewerFor(actors.vendorA.token)
  viewers.A2 = await viewerFor(A2.token)
  viewers.B1 = await viewerFor(actors.vendorB.token)
}, 60_000)

describe('A1 previews the site: its own organisation’s drafts, and only the public version of B’s', () => {
  it('/preview lets A1 into draft mode for B’s entry’s address (the page decides what it shows)', async () => {
    request.enabled = 0
    const response = await route.GET(new Request(`http://localhost:3000/preview?path=${encodeURIComponent(`/leverandorer/${entries.bDraft.slug}`)}`, { headers: { Authorization: `JWT ${actors.vendorA.token}` } }))
    expect({ status: response.status, enabled: request.enabled, kind: viewers.A1.kind }).toEqual({ status: 303, enabled: 1, kind: 'vendor' })
  })

  it('B’s draft-only entry and B’s entry in review are not there for A1 (page and banner)', async () => {
    const pages = await Promise.all(
      [entries.bDraft, entries.bReview].map(async (e) => ({
        vendor: await content.getVendor(viewers.A1, 'nb', e.slug),
        banner: await content.getPreviewVersion(viewers.A1, `/leverandorer/${e.slug}`),
      })),
    )
    expect(pages).toEqual([
      { vendor: null, banner: null },
      { vendor: null, banner: null },
    ])
  })

  it('B’s published entry with a newer draft shows A1 the published version, in every language', async () => {
    const shown = await Promise.all((['nb', 'nn', 'en'] as const).map(async (lang) => (await content.getVendor(viewers.A1, lang, entries.bWithDraft.slug))?.name))
    const banner = await content.getPreviewVersion(viewers.A1, `/leverandorer/${entries.bWithDraft.slug}`)
    expect({ shown, banner: banner?.status }).toEqual({ shown: [names.bWithDraft.published, names.bWithDraft.published, names.bWithDraft.published], banner: 'published' })
  })

  it('the directory in draft mode lists A’s drafts for A1 and A2, and none of B’s unpublished text', async () => {
    const listFor = async (viewer: Viewer) => (await content.getVendors(viewer, 'nb')).map((v) => v.name)
    const a1 = await listFor(viewers.A1)
    const a2 = await listFor(viewers.A2)
    const secretIn = (list: string[]) => list.filter((name) => name.includes(SECRET))
    expect({
      a1Secret: secretIn(a1),
      a2Secret: secretIn(a2),
      a1Own: [names.aDraft, names.aWithDraft.draft].every((n) => a1.includes(n)),
      a2Own: [names.aDraft, names.aWithDraft.draft].every((n) => a2.includes(n)),
      a1BPublished: a1.includes(names.bWithDraft.published),
    }).toEqual({ a1Secret: [], a2Secret: [], a1Own: true, a2Own: true, a1BPublished: true })
  })

  it('A1 and A2 preview A’s own drafts; B1 sees B’s own and only the public version of A’s', async () => {
    const [a1Draft, a2WithDraft, b1OwnDraft, b1OfA] = await Promise.all([
      content.getVendor(viewers.A1, 'nb', entries.aDraft.slug),
      content.getVendor(viewers.A2, 'nb', entries.aWithDraft.slug),
      content.getVendor(viewers.B1, 'nb', entries.bDraft.slug),
      content.getVendor(viewers.B1, 'nb', entries.aWithDraft.slug),
    ])
    expect({ a1Draft: a1Draft?.name, a2WithDraft: a2WithDraft?.name, b1OwnDraft: b1OwnDraft?.name.includes(SECRET), b1OfA: b1OfA?.name, b1Draft: await content.getVendor(viewers.B1, 'nb', entries.aDraft.slug) }).toEqual({
      a1Draft: names.aDraft,
      a2WithDraft: names.aWithDraft.draft,
      b1OwnDraft: true,
      b1OfA: names.aWithDraft.published,
      b1Draft: null,
    })
  })
})
