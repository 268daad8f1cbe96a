import { jest } from '@jest/globals'

import type { Payload } from 'payload'

// The content module is server-only and caches the public's reads in Next's data cache, which needs a Next
// request. Here the public's reads run uncached; that a viewer in draft mode never goes through the cache is
// tests/unit/content/cached.unit.test.ts, with a recording stand-in for the cache.
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))

type Content = typeof import('../../../src/content/index')

let payload: Payload
let content: Content
let categoryId: number | string
let actors: import('../../fixtures/users').RoleFixtures
let orgs: import('../../helpers/organisations').Organisations

/** The viewer of a request carrying this session, as a page in draft mode gets it. */
const viewerWith = (token: string) => content.viewerFromHeaders(new Headers({ Authorization: `JWT ${token}` }))

const system = { overrideAccess: true } as const

/** A published vendor (owned by `owner`), then a newer draft of it named `draftName`; or a draft only. */
async function vendorWithDraft(name: string, draftName: string | null, owner?: number | string) {
  const base = { name, solutionType: 'standalone', professionCategories: [categoryId], ...(owner ? { owner } : {}) }
  if (draftName === null) return payload.create({ collection: 'vendors', data: { ...base, _status: 'draft' } as never, draft: true, ...system })
  const doc = await payload.create({ collection: 'vendors', data: { ...base, _status: 'published' } as never, ...system })
  await payload.update({ collection: 'vendors', id: doc.id, data: { name: draftName, _status: 'draft' } as never, draft: true, ...system })
  return doc
}

const names = (list: { name: string }[]) => list.map((v) => v.name)

beforeAll(async () => {
  const { bootPayload } = await import('../../helpers/boot')
  const { createRoleFixtures } = await import('../../fixtures/users')
  const { giveVendorsOrganisations } = await import('../../helpers/organisations')
  content = await import('../../../src/content/index')
  const booted = await bootPayload()
  payload = booted.payload
  actors = await createRoleFixtures(payload, booted.api)
  orgs = await giveVendorsOrganisations(payload, actors)
  categoryId = (await payload.create({ collection: 'profession-categories', data: { name: 'Leger', order: 1 }, ...system })).id
}, 60_000)

describe('reads that know who is reading', () => {
  it('a session decides the viewer: staff, vendor, or (none, or a bad token) the public', async () => {
    expect((await viewerWith(actors.editor.token)).kind).toBe('staff')
    expect((await viewerWith(actors.admin.token)).kind).toBe('staff')
    expect((await viewerWith(actors.vendorA.token)).kind).toBe('vendor')
    expect(await content.viewerFromHeaders(new Headers())).toEqual(content.ANONYMOUS)
    expect(await viewerWith(`${actors.editor.token}x`)).toEqual(content.ANONYMOUS)
  })

  it('staff in draft mode see the newest draft of everything; the public sees what is published', async () => {
    await vendorWithDraft('Stab Publisert', 'Stab Utkast')
    await vendorWithDraft('Stab Bare Utkast', null)
    const staff = await viewerWith(actors.editor.token)
    const forStaff = names(await content.getVendors(staff, 'nb'))
    expect(forStaff).toEqual(expect.arrayContaining(['Stab Utkast', 'Stab Bare Utkast']))
    expect(forStaff).not.toContain('Stab Publisert')
    const forPublic = names(await content.getVendors(content.ANONYMOUS, 'nb'))
    expect(forPublic).toContain('Stab Publisert')
    expect(forPublic).not.toEqual(expect.arrayContaining(['Stab Utkast']))
    expect(forPublic).not.toContain('Stab Bare Utkast')
    // The list stays in the query's order (by name) with drafts merged in.
    expect(forStaff).toEqual([...forStaff].sort((a, b) => a.localeCompare(b, 'nb')))
  })

  it('a staff member in draft mode reads a draft article through the same functions; the public gets null', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Bare et utkast', _status: 'draft' } as never, draft: true, ...system })
    const staff = await viewerWith(actors.editor.token)
    const found = await content.getArticleBySlug(staff, 'nb', article.slug as string)
    expect(found?.article.title).toBe('Bare et utkast')
    expect(await content.getArticleBySlug(content.ANONYMOUS, 'nb', article.slug as string)).toBeNull()
  })

  it("a vendor in draft mode sees its own organisation's drafts, and another's entries only as published", async () => {
    const own = await vendorWithDraft('Egen Publisert', 'Egen Utkast', orgs.orgA.id)
    await vendorWithDraft('Egen Bare Utkast', null, orgs.orgA.id)
    const other = await vendorWithDraft('Annen Publisert', 'Annen Utkast', orgs.orgB.id)
    await vendorWithDraft('Annen Bare Utkast', null, orgs.orgB.id)
    const vendorA = await viewerWith(actors.vendorA.token)
    const list = names(await content.getVendors(vendorA, 'nb'))
    expect(list).toEqual(expect.arrayContaining(['Egen Utkast', 'Egen Bare Utkast', 'Annen Publisert']))
    for (const hidden of ['Egen Publisert', 'Annen Utkast', 'Annen Bare Utkast']) expect({ hidden, shown: list.includes(hidden) }).toEqual({ hidden, shown: false })
    expect((await content.getVendor(vendorA, 'nb', own.slug as string))?.name).toBe('Egen Utkast')
    expect((await content.getVendor(vendorA, 'nb', other.slug as string))?.name).toBe('Annen Publisert')
    // The other organisation sees it the other way round.
    const vendorB = await viewerWith(actors.vendorB.token)
    expect((await content.getVendor(vendorB, 'nb', other.slug as string))?.name).toBe('Annen Utkast')
    expect((await content.getVendor(vendorB, 'nb', own.slug as string))?.name).toBe('Egen Publisert')
  })
})
