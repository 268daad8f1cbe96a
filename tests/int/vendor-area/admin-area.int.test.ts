import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import { getNavGroups, getVisibleEntities } from '@payloadcms/ui/shared'
import { createLocalReq, getAccessResults } from 'payload'
import { combineWhereConstraints } from 'payload/shared'
import * as qs from 'qs-esm'

import { bootWithCategory } from '../../helpers/boot'
import { vendorData } from '../../helpers/content'
import { vendorWithoutOrganisation } from '../../helpers/organisations'

// Issue 12 item 2: what the admin shows a vendor. The navigation and the dashboard's cards (Payload's own
// getNavGroups over getVisibleEntities and the user's permissions, as its Nav and CollectionCards build them),
// the views a typed address reaches (Payload answers an entity outside getVisibleEntities with "not found"), and
// the vendors list as the admin's list view queries it (src/plugins/vendorNavigation.ts, src/access/ownEntriesFilter.ts).

const { booted, actors, category } = bootWithCategory()

type Id = number | string

async function requestAs(id: Id): Promise<PayloadRequest> {
  const user = await booted.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, booted.payload)
}

/** The slugs of the navigation's entries, as Payload's admin builds them for the user. */
async function navigationOf(id: Id): Promise<string[]> {
  const req = await requestAs(id)
  const permissions = await getAccessResults({ req })
  const groups = getNavGroups(permissions, getVisibleEntities({ req }), booted.payload.config, req.i18n)
  return groups.flatMap((group) => group.entities.map((entity) => entity.slug)).sort()
}

const hasInvitations = () => booted.payload.config.collections.some((c) => c.slug === 'vendor-invitations')

describe("a vendor's navigation", () => {
  it('holds its entries and invitations only: no other collection, no global', async () => {
    expect(await navigationOf(actors.vendorA.id)).toEqual(hasInvitations() ? ['vendor-invitations', 'vendors'] : ['vendors'])
  })

  it('hides every other collection and every global from a typed address too', async () => {
    const visible = getVisibleEntities({ req: await requestAs(actors.vendorA.id) })
    expect(visible.collections.filter((slug) => slug !== 'vendor-invitations')).toEqual(['vendors'])
    expect(visible.globals).toEqual([])
  })

  it('staff keep everything they had: the content collections, users, the site settings', async () => {
    for (const id of [actors.editor.id, actors.admin.id]) {
      const navigation = await navigationOf(id)
      expect(navigation).toEqual(expect.arrayContaining(['articles', 'vendors', 'tariffs', 'research-links', 'media', 'users', 'site-settings', 'navigation']))
    }
    expect(getVisibleEntities({ req: await requestAs(actors.admin.id) }).collections).toContain('audit-log')
  })
})

describe("a vendor's own entry in the edit view", () => {
  it('is its newest draft, as last saved (the admin reads it by id with drafts)', async () => {
    const doc = (await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { owner: actors.vendorA.organisation, name: 'Først' }) as never, draft: true, overrideAccess: true })) as unknown as { id: Id }
    await booted.payload.update({ collection: 'vendors', id: doc.id, data: { name: 'Autolagret' } as never, draft: true, overrideAccess: true })
    const rest = (await (await booted.api.get(`/vendors/${doc.id}?draft=true&depth=0`, { token: actors.vendorA.token })).json()) as { name?: string }
    expect(rest.name).toBe('Autolagret')
    const req = await requestAs(actors.vendorA.id)
    const local = (await booted.payload.findByID({ collection: 'vendors', id: doc.id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })) as { name?: string }
    expect(local.name).toBe('Autolagret')
  })

  it("organisation B's published entry with a newer draft is still the published version to vendor A", async () => {
    const doc = (await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { owner: actors.vendorB.organisation, name: 'B publisert', _status: 'published' }) as never, overrideAccess: true })) as unknown as { id: Id }
    await booted.payload.update({ collection: 'vendors', id: doc.id, data: { name: 'B sitt hemmelige utkast' } as never, draft: true, overrideAccess: true })
    const rest = (await (await booted.api.get(`/vendors/${doc.id}?draft=true&depth=0`, { token: actors.vendorA.token })).json()) as { name?: string }
    expect(rest.name).toBe('B publisert')
  })
})

describe("a vendor's list of video solutions", () => {
  const entries = {} as Record<'ownDraft' | 'ownPublished' | 'otherPublished' | 'otherDraft' | 'nobodysPublished', { id: Id }>

  beforeAll(async () => {
    const make = async (owner: Id | undefined, published: boolean) =>
      (await booted.payload.create({
        collection: 'vendors',
        data: vendorData(category.id, { ...(owner === undefined ? {} : { owner }), _status: published ? 'published' : 'draft' }) as never,
        draft: !published,
        overrideAccess: true,
      })) as unknown as { id: Id }
    entries.ownDraft = await make(actors.vendorA.organisation, false)
    entries.ownPublished = await make(actors.vendorA.organisation, true)
    entries.otherPublished = await make(actors.vendorB.organisation, true)
    entries.otherDraft = await make(actors.vendorB.organisation, false)
    entries.nobodysPublished = await make(undefined, true)
  })

  /** The vendors collection's admin list filter, as Payload's list view finds it. */
  async function listFilter(req: PayloadRequest) {
    const admin = booted.payload.collections.vendors.config.admin
    const filter = admin.baseFilter ?? admin.baseListFilter
    return filter ? await filter({ req, limit: 100, page: 1, sort: 'name' }) : null
  }

  /** The admin's list view: the collection's baseFilter combined with the list's own where, read as the user. */
  async function adminListIds(id: Id): Promise<string[]> {
    const req = await requestAs(id)
    const filter = await listFilter(req)
    const { docs } = await booted.payload.find({
      collection: 'vendors' as CollectionSlug,
      where: combineWhereConstraints([{ id: { exists: true } }, filter ?? undefined]),
      draft: true,
      depth: 0,
      limit: 100,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return docs.map((d) => String(d.id))
  }

  /** The same list over REST as the admin's filter reads it (where in the query string). */
  async function restListIds(id: Id, token: string): Promise<string[]> {
    const filter = await listFilter(await requestAs(id))
    const query = qs.stringify({ where: filter ?? {}, draft: 'true', depth: 0, limit: 100 }, { addQueryPrefix: true })
    const body = (await (await booted.api.get(`/vendors${query}`, { token })).json()) as { docs: { id: Id }[] }
    return body.docs.map((d) => String(d.id))
  }

  const ids = (...keys: (keyof typeof entries)[]) => keys.map((k) => String(entries[k].id))

  it('is its own organisation’s entries, drafts and published, not another’s published one', async () => {
    for (const list of [await adminListIds(actors.vendorA.id), await restListIds(actors.vendorA.id, actors.vendorA.token)]) {
      expect(list).toEqual(expect.arrayContaining(ids('ownDraft', 'ownPublished')))
      expect(list).not.toEqual(expect.arrayContaining([String(entries.otherPublished.id)]))
      for (const id of ids('otherPublished', 'otherDraft', 'nobodysPublished')) expect(list).not.toContain(id)
    }
  })

  it('while its read rule still gives it every published entry (the public site)', async () => {
    const body = (await (await booted.api.get('/vendors?depth=0&limit=200', { token: actors.vendorA.token })).json()) as { docs: { id: Id }[] }
    expect(body.docs.map((d) => String(d.id))).toEqual(expect.arrayContaining(ids('ownPublished', 'otherPublished', 'nobodysPublished')))
  })

  it('vendorB sees its own the other way round', async () => {
    const list = await adminListIds(actors.vendorB.id)
    expect(list).toEqual(expect.arrayContaining(ids('otherPublished', 'otherDraft')))
    for (const id of ids('ownDraft', 'ownPublished', 'nobodysPublished')) expect(list).not.toContain(id)
  })

  it("shows the newest draft of each of its entries, as the editors' list does", async () => {
    await booted.payload.update({ collection: 'vendors', id: entries.ownPublished.id, data: { name: 'A sitt nye utkast' } as never, draft: true, overrideAccess: true })
    const req = await requestAs(actors.vendorA.id)
    const filter = await listFilter(req)
    const { docs } = await booted.payload.find({ collection: 'vendors', where: filter ?? undefined, draft: true, depth: 0, limit: 100, overrideAccess: false, user: req.user, req })
    const own = docs.find((d) => String(d.id) === String(entries.ownPublished.id)) as { name?: string; _status?: string } | undefined
    expect({ name: own?.name, status: own?._status }).toEqual({ name: 'A sitt nye utkast', status: 'draft' })
  })

  it('a vendor without an organisation lists nothing', async () => {
    const loner = await vendorWithoutOrganisation(booted.payload, booted.api)
    expect(await adminListIds(loner.id)).toEqual([])
  })

  it('an editor lists every entry, drafts included', async () => {
    const req = await requestAs(actors.editor.id)
    expect(await listFilter(req)).toBeNull()
    expect(await adminListIds(actors.editor.id)).toEqual(expect.arrayContaining(ids('ownDraft', 'ownPublished', 'otherPublished', 'otherDraft', 'nobodysPublished')))
  })
})

describe("document locks in a vendor's admin", () => {
  type Lock = { id: Id }

  async function lock(collection: 'vendors' | 'articles', value: Id, by: Id) {
    return (await booted.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: collection, value }, globalSlug: null, user: { relationTo: 'users', value: by } } as never,
      overrideAccess: true,
    })) as unknown as Lock
  }

  it("the admin's own read (Local API, as the vendor) sees an editor's lock on its own entry, and no other lock", async () => {
    const own = (await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { owner: actors.vendorA.organisation }) as never, draft: true, overrideAccess: true })) as unknown as { id: Id }
    const other = (await booted.payload.create({ collection: 'vendors', data: vendorData(category.id, { owner: actors.vendorB.organisation }) as never, draft: true, overrideAccess: true })) as unknown as { id: Id }
    const article = await booted.payload.create({ collection: 'articles', data: { title: 'Låst artikkel' } as never, overrideAccess: true })
    const onOwn = await lock('vendors', own.id, actors.editor.id)
    await lock('vendors', other.id, actors.vendorB.id)
    await lock('articles', article.id, actors.editor.id)
    const req = await requestAs(actors.vendorA.id)
    // What Payload's document view asks (getIsLocked): may throw for a refusal, which blanks the view.
    const locksOn = async (collection: string, value: Id) =>
      (
        await booted.payload.find({
          collection: 'payload-locked-documents',
          depth: 1,
          overrideAccess: false,
          req,
          where: { and: [{ 'document.value': { equals: value } }, { 'document.relationTo': { equals: collection } }] },
        })
      ).docs.map((d) => String(d.id))
    expect(await locksOn('vendors', own.id)).toEqual([String(onOwn.id)])
    expect(await locksOn('vendors', other.id)).toEqual([])
    expect(await locksOn('articles', article.id)).toEqual([])
  })

  it('a vendor without entries reads no lock, without a refusal', async () => {
    const loner = await vendorWithoutOrganisation(booted.payload, booted.api)
    const req = await requestAs(loner.id)
    await expect(booted.payload.find({ collection: 'payload-locked-documents', overrideAccess: false, req })).rejects.toThrow()
  })

  it('REST and GraphQL still give a vendor nothing', async () => {
    expect((await booted.api.get('/payload-locked-documents', { token: actors.vendorA.token })).status).toBe(403)
  })
})
