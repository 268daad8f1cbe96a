import type { CollectionSlug } from 'payload'

import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'

/**
 * Issue 11 item 6: restoring a version of any versioned collection makes a new draft (it goes through review
 * like any other change); the published version stays what the public sees; the restore is in the audit log.
 */
const { booted, actors, category } = bootWithCategory()

type Id = number | string
type Doc = { id: Id; _status?: string; updatedAt: string; workflow?: { state?: string } } & Record<string, unknown>

/** One versioned collection: data for a document and the text field a restore is seen by. */
const COLLECTIONS: { slug: CollectionSlug; field: string; data: () => Record<string, unknown> }[] = [
  { slug: 'articles', field: 'title', data: () => ({ title: `Artikkel ${unique()}` }) },
  { slug: 'vendors', field: 'name', data: () => vendorData(category.id) },
  { slug: 'tariffs', field: 'title', data: () => tariffData() },
  { slug: 'research-links', field: 'title', data: () => ({ title: `Forskning ${unique()}`, url: `https://example.org/${unique()}` }) },
]

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

/** A published document, then a newer published text, so that the first version is an older one to restore. */
async function publishedTwice(slug: CollectionSlug, field: string, data: Record<string, unknown>) {
  const doc = (await booted.payload.create({ collection: slug, data: { ...data, _status: 'published' } as never, overrideAccess: true })) as unknown as Doc
  const firstText = doc[field] as string
  await booted.payload.update({ collection: slug, id: doc.id, data: { [field]: `${firstText} (ny)`, _status: 'published' } as never, overrideAccess: true })
  const versions = await json<{ docs: { id: Id; version: Doc }[] }>(
    await booted.api.get(`/${slug}/versions?where[parent][equals]=${doc.id}&sort=createdAt&depth=0`, { token: actors.editor.token }),
  )
  const first = versions.docs.find((v) => v.version[field] === firstText)
  expect(first).toBeDefined()
  return { id: doc.id, firstText, latestText: `${firstText} (ny)`, firstVersion: first!.id }
}

async function auditEntries(slug: string, id: Id) {
  const { docs } = await booted.payload.find({
    collection: 'audit-log' as CollectionSlug,
    where: { and: [{ collection: { equals: slug } }, { docId: { equals: String(id) } }, { action: { equals: 'restore' } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs as unknown as { actor: Id; detail?: string }[]
}

describe.each(COLLECTIONS)('restoring a version of $slug', ({ slug, field, data }) => {
  it('over REST (the admin\'s plain "Restore this version") makes a new draft; the public still sees the published text', async () => {
    const doc = await publishedTwice(slug, field, data())
    const response = await booted.api.post(`/${slug}/versions/${doc.firstVersion}?draft=false`, { token: actors.editor.token })
    expect({ status: response.status, body: response.status === 200 ? null : await response.text() }).toEqual({ status: 200, body: null })

    const latest = await json<Doc>(await booted.api.get(`/${slug}/${doc.id}?draft=true&depth=0`, { token: actors.editor.token }))
    expect({ text: latest[field], status: latest._status }).toEqual({ text: doc.firstText, status: 'draft' })
    expect(latest.workflow?.state).toBe('draft')

    const published = await json<Doc>(await booted.api.get(`/${slug}/${doc.id}?depth=0`))
    expect({ text: published[field], status: published._status }).toEqual({ text: doc.latestText, status: 'published' })

    const entries = await auditEntries(slug, doc.id)
    expect(entries.map((e) => String(e.actor))).toEqual([String(actors.editor.id)])
  })
})

describe('restores that would publish', () => {
  it('GraphQL without draft: true is refused with a message pointing to "restore as draft"; nothing changes', async () => {
    const doc = await publishedTwice('articles', 'title', { title: `Artikkel ${unique()}` })
    const mutation = `mutation { restoreVersionArticle(id: ${JSON.stringify(doc.firstVersion)}) { id } }`
    const refused = await booted.api.graphql(mutation, { token: actors.editor.token })
    expect(refused.body.data?.restoreVersionArticle ?? null).toBeNull()
    expect(refused.body.errors?.[0]?.message).toMatch(/Gjenopprett som utkast/)
    const latest = await json<Doc>(await booted.api.get(`/articles/${doc.id}?draft=true&depth=0`, { token: actors.editor.token }))
    expect(latest.title).toBe(doc.latestText)

    const asDraft = await booted.api.graphql(`mutation { restoreVersionArticle(id: ${JSON.stringify(doc.firstVersion)}, draft: true) { id title _status } }`, {
      token: actors.editor.token,
    })
    expect(asDraft.body.errors ?? []).toEqual([])
    expect(asDraft.body.data.restoreVersionArticle).toMatchObject({ title: doc.firstText, _status: 'draft' })
    const published = await json<Doc>(await booted.api.get(`/articles/${doc.id}?depth=0`))
    expect(published.title).toBe(doc.latestText)
  })

  it('a vendor still cannot restore a version of its own entry', async () => {
    const doc = await publishedTwice('vendors', 'name', vendorData(category.id, { owner: actors.vendorA.organisation }))
    const response = await booted.api.post(`/vendors/${doc.firstVersion}`.replace('/vendors/', '/vendors/versions/'), { token: actors.vendorA.token })
    expect(response.status).toBe(403)
    expect(await auditEntries('vendors', doc.id)).toEqual([])
  })
})
