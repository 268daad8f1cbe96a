import type { CollectionSlug } from 'payload'

import { bootWithCategory } from '../../helpers/boot'
import { tariffData, unique, vendorData } from '../../helpers/content'

// Issue 11 item 7: withdrawing an article or vendor page with a reason, and the redirects a slug change leaves.
// Everything is driven over REST and GraphQL as the admin's "Trekk tilbake" and the site (proxy.ts) use them;
// only the setup (publishing) goes through the Local API as the system.

const { booted, actors, category, count } = bootWithCategory()

type Id = number | string
type Resolution = { kind: string; withdrawal?: Id; location?: string; status?: number }

/** An article published as the system, with its own slug in each language. */
async function publishedArticle(slugs: { nb: string; nn?: string; en?: string } = { nb: `artikkel-${unique()}` }): Promise<Id> {
  const { payload } = booted
  const doc = await payload.create({ collection: 'articles', data: { title: `Artikkel ${slugs.nb}`, slug: slugs.nb, _status: 'published' } as never, overrideAccess: true })
  for (const lang of ['nn', 'en'] as const) {
    if (!slugs[lang]) continue
    await payload.update({ collection: 'articles', id: doc.id, locale: lang, data: { title: `Artikkel ${slugs[lang]}`, slug: slugs[lang], _status: 'published' } as never, overrideAccess: true })
  }
  return doc.id
}

async function publishedVendor(slug = `video-${unique()}`): Promise<Id> {
  const doc = await booted.payload.create({ collection: 'vendors', data: { ...vendorData(category.id), slug, _status: 'published' } as never, overrideAccess: true })
  return doc.id
}

async function resolve(path: string): Promise<Resolution> {
  const response = await booted.api.get(`/withdrawal/resolve?path=${encodeURIComponent(path)}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Resolution
}

async function withdraw(body: Record<string, unknown>, token?: string) {
  const response = await booted.api.post('/withdrawal', { body, token })
  return { status: response.status, json: (await response.json()) as { withdrawal?: { id: Id; addresses: Record<string, string> }; errors?: { message: string; data?: { errors?: { message: string }[] } }[] } }
}

const WITHDRAW = `mutation($collection: String!, $id: String!, $mode: String!, $explanation: WithdrawalExplanationInput, $target: WithdrawalTargetInput) {
  withdrawDocument(collection: $collection, id: $id, mode: $mode, explanation: $explanation, target: $target) { id mode addresses }
}`

async function withdrawGraphql(variables: Record<string, unknown>, token?: string) {
  const { body } = await booted.api.graphql(WITHDRAW, { variables, token })
  return { data: body.data?.withdrawDocument ?? null, errors: (body.errors ?? []).map((e) => e.message).join(' | ') }
}

async function statusOf(collection: CollectionSlug, id: Id) {
  return ((await booted.payload.findByID({ collection, id, overrideAccess: true })) as { _status?: string })._status
}

async function auditActions(collection: string, id: Id): Promise<string[]> {
  const { docs } = await booted.payload.find({
    collection: 'audit-log' as CollectionSlug,
    where: { and: [{ collection: { equals: collection } }, { docId: { equals: String(id) } }] },
    overrideAccess: true,
    pagination: false,
  })
  return docs.map((d) => (d as unknown as { action: string }).action)
}

const EXPLANATION = { nb: 'Tjenesten er lagt ned.', nn: 'Tenesta er lagd ned.', en: 'The service has been discontinued.' }

describe('an editor withdraws a page with a reason', () => {
  it('over REST, mode gone: the article is unpublished and every language address answers 410 with the explanation', async () => {
    const key = unique()
    const id = await publishedArticle({ nb: `borte-${key}`, nn: `vekke-${key}`, en: `gone-${key}` })
    const { status, json } = await withdraw({ collection: 'articles', id, mode: 'gone', explanation: EXPLANATION }, actors.editor.token)
    expect(status).toBe(200)
    expect(json.withdrawal?.addresses).toEqual({ nb: `/artikler/borte-${key}`, nn: `/nn/artikler/vekke-${key}`, en: `/en/artikler/gone-${key}` })
    expect(await statusOf('articles', id)).toBe('draft')
    expect((await booted.api.get(`/articles/${id}`)).status).toBe(404)
    for (const path of Object.values(json.withdrawal!.addresses)) expect(await resolve(path)).toEqual({ kind: 'gone', withdrawal: json.withdrawal!.id })
    // The public reads the explanation in each language.
    for (const [lang, text] of Object.entries(EXPLANATION)) {
      const response = await booted.api.get(`/withdrawals/${json.withdrawal!.id}?locale=${lang}&fallback-locale=nb`)
      expect({ lang, status: response.status, text: ((await response.json()) as { explanation?: string }).explanation }).toEqual({ lang, status: 200, text })
    }
    expect(await auditActions('articles', id)).toContain('withdraw')
  })

  it('over GraphQL, mode redirect to a vendor: each address sends readers to the vendor in its own language', async () => {
    const slug = `borte-${unique()}`
    const id = await publishedVendor(slug)
    const target = await publishedVendor(`ny-${unique()}`)
    const targetSlug = ((await booted.payload.findByID({ collection: 'vendors', id: target, overrideAccess: true })) as { slug: string }).slug
    const { data, errors } = await withdrawGraphql({ collection: 'vendors', id: String(id), mode: 'redirect', target: { collection: 'vendors', id: String(target) } }, actors.editor.token)
    expect(errors).toBe('')
    expect(data.addresses).toEqual([`/leverandorer/${slug}`, `/nn/leverandorer/${slug}`, `/en/leverandorer/${slug}`])
    expect(await statusOf('vendors', id)).toBe('draft')
    expect(await resolve(`/leverandorer/${slug}`)).toEqual({ kind: 'redirect', location: `/leverandorer/${targetSlug}`, status: 301 })
    expect(await resolve(`/nn/leverandorer/${slug}`)).toEqual({ kind: 'redirect', location: `/nn/leverandorer/${targetSlug}`, status: 301 })
    expect(await resolve(`/en/leverandorer/${slug}`)).toEqual({ kind: 'redirect', location: `/en/leverandorer/${targetSlug}`, status: 301 })
    expect(await auditActions('vendors', id)).toContain('withdraw')
  })

  it('over REST, mode redirect to a site path: 308 when asked for, in each address\'s language', async () => {
    const slug = `flyttet-${unique()}`
    const id = await publishedArticle({ nb: slug })
    const { status } = await withdraw({ collection: 'articles', id, mode: 'redirect', target: { path: '/takster' }, type: '308' }, actors.editor.token)
    expect(status).toBe(200)
    expect(await resolve(`/artikler/${slug}`)).toEqual({ kind: 'redirect', location: '/takster', status: 308 })
    // A path without a language leads to that page in the language of the address asked for.
    expect(await resolve(`/nn/artikler/${slug}`)).toEqual({ kind: 'redirect', location: '/nn/takster', status: 308 })
    expect(await resolve(`/en/artikler/${slug}`)).toEqual({ kind: 'redirect', location: '/en/takster', status: 308 })
  })

  it('publishing the document again takes its addresses back: no 410, no redirect', async () => {
    const slug = `tilbake-${unique()}`
    const id = await publishedArticle({ nb: slug })
    expect((await withdraw({ collection: 'articles', id, mode: 'gone', explanation: { nb: 'Midlertidig borte.' } }, actors.editor.token)).status).toBe(200)
    expect((await resolve(`/artikler/${slug}`)).kind).toBe('gone')
    await booted.payload.update({ collection: 'articles', id, data: { _status: 'published' } as never, overrideAccess: true })
    expect(await resolve(`/artikler/${slug}`)).toEqual({ kind: 'none' })
    expect(await resolve(`/en/artikler/${slug}`)).toEqual({ kind: 'none' })
  })
})

describe('refusals write nothing', () => {
  /** Counts of everything a withdrawal writes, and the document's status. */
  async function state(collection: CollectionSlug, id: Id) {
    return { status: await statusOf(collection, id), withdrawals: await count('withdrawals' as CollectionSlug), redirects: await count('redirects' as CollectionSlug) }
  }

  const cases: { name: string; actor: 'anonymous' | 'vendorA' | 'editor'; body: (id: Id) => Record<string, unknown>; status: number; message: RegExp }[] = [
    { name: 'anonymous', actor: 'anonymous', body: (id) => ({ collection: 'articles', id, mode: 'gone', explanation: EXPLANATION }), status: 403, message: /Du har ikke tillatelse/ },
    { name: 'a vendor', actor: 'vendorA', body: (id) => ({ collection: 'articles', id, mode: 'gone', explanation: EXPLANATION }), status: 403, message: /Bare redaktører og administratorer/ },
    { name: 'no bokmål explanation', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'gone', explanation: { nn: 'Berre nynorsk.', en: 'English only.' } }), status: 400, message: /bokmål/i },
    { name: 'a blank bokmål explanation', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'gone', explanation: { nb: '   ' } }), status: 400, message: /bokmål/i },
    { name: 'target //evil.example', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'redirect', target: { path: '//evil.example' } }), status: 400, message: /adresse på dette nettstedet/ },
    { name: 'target https://evil.example', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'redirect', target: { path: 'https://evil.example' } }), status: 400, message: /adresse på dette nettstedet/ },
    { name: 'target /\\evil.example', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'redirect', target: { path: '/\\evil.example' } }), status: 400, message: /adresse på dette nettstedet/ },
    { name: 'target the page itself', actor: 'editor', body: (id) => ({ collection: 'articles', id, mode: 'redirect', target: { collection: 'articles', id } }), status: 400, message: /seg selv/ },
    { name: 'no mode', actor: 'editor', body: (id) => ({ collection: 'articles', id, explanation: EXPLANATION }), status: 400, message: /Velg om siden skal vise en forklaring/ },
  ]

  it.each(cases)('$name: $status, the article stays published, nothing stored', async ({ actor, body, status, message }) => {
    const id = await publishedArticle()
    const before = await state('articles', id)
    const token = actor === 'anonymous' ? undefined : actors[actor].token
    const answer = await withdraw(body(id), token)
    expect(answer.status).toBe(status)
    expect(JSON.stringify(answer.json.errors)).toMatch(message)
    expect(await state('articles', id)).toEqual({ ...before, status: 'published' })
    expect(await auditActions('articles', id)).not.toContain('withdraw')
  })

  it('over GraphQL, a foreign target and a vendor are refused and nothing is stored', async () => {
    const id = await publishedArticle()
    const before = await state('articles', id)
    const evil = await withdrawGraphql({ collection: 'articles', id: String(id), mode: 'redirect', target: { path: '//evil.example' } }, actors.editor.token)
    const vendor = await withdrawGraphql({ collection: 'articles', id: String(id), mode: 'gone', explanation: EXPLANATION }, actors.vendorA.token)
    const anonymous = await withdrawGraphql({ collection: 'articles', id: String(id), mode: 'gone', explanation: EXPLANATION })
    expect([evil.data, vendor.data, anonymous.data]).toEqual([null, null, null])
    expect(evil.errors).toMatch(/adresse på dette nettstedet/)
    expect(await state('articles', id)).toEqual(before)
  })

  it('tariffs and research links have no pages of their own: 400, still published', async () => {
    const tariff = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData(), _status: 'published' } as never, overrideAccess: true })
    const answer = await withdraw({ collection: 'tariffs', id: tariff.id, mode: 'gone', explanation: EXPLANATION }, actors.editor.token)
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json.errors)).toMatch(/Bare artikler og videoløsninger/)
    expect(await statusOf('tariffs', tariff.id)).toBe('published')
  })

  it('the front page cannot be withdrawn while site settings show it at /', async () => {
    const id = await publishedArticle()
    // Straight to the database: this file's settings lack the fields a full save requires (the seed's disclaimers).
    const { db } = booted.payload
    const settings = (await db.findGlobal({ slug: 'site-settings' })) as { id?: unknown; frontPage?: unknown } | null
    const setFrontPage = (frontPage: unknown) =>
      settings?.id !== undefined ? db.updateGlobal({ slug: 'site-settings', data: { frontPage } }) : db.createGlobal({ slug: 'site-settings', data: { frontPage } })
    await setFrontPage(id)
    try {
      const answer = await withdraw({ collection: 'articles', id, mode: 'gone', explanation: EXPLANATION }, actors.editor.token)
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.json.errors)).toMatch(/forsiden/)
      expect(await statusOf('articles', id)).toBe('published')
    } finally {
      await setFrontPage(settings?.frontPage ?? null)
    }
  })

  it('a page that is not published cannot be withdrawn', async () => {
    const draft = await booted.payload.create({ collection: 'articles', data: { title: `Utkast ${unique()}` } as never, draft: true, overrideAccess: true })
    expect((await withdraw({ collection: 'articles', id: draft.id, mode: 'gone', explanation: EXPLANATION }, actors.editor.token)).status).toBe(400)
  })
})

describe('a published slug change leaves a permanent redirect', () => {
  const rename = (id: Id, slug: string, locale: 'nb' | 'nn' | 'en' = 'nb') =>
    booted.payload.update({ collection: 'articles', id, locale, data: { slug, _status: 'published' } as never, overrideAccess: true })

  it('renaming sends the old address to the new one, in the language that changed', async () => {
    const key = unique()
    const id = await publishedArticle({ nb: `gammel-${key}`, nn: `gamal-${key}` })
    await rename(id, `ny-${key}`)
    expect(await resolve(`/artikler/gammel-${key}`)).toEqual({ kind: 'redirect', location: `/artikler/ny-${key}`, status: 301 })
    // English has no slug of its own: its address followed bokmål's.
    expect(await resolve(`/en/artikler/gammel-${key}`)).toEqual({ kind: 'redirect', location: `/en/artikler/ny-${key}`, status: 301 })
    expect(await resolve(`/nn/artikler/gamal-${key}`)).toEqual({ kind: 'none' })
    await rename(id, `nyare-${key}`, 'nn')
    expect(await resolve(`/nn/artikler/gamal-${key}`)).toEqual({ kind: 'redirect', location: `/nn/artikler/nyare-${key}`, status: 301 })
  })

  it('a draft with a new slug changes nothing until it is published', async () => {
    const key = unique()
    const id = await publishedArticle({ nb: `utkast-${key}` })
    const response = await booted.api.patch(`/articles/${id}?draft=true`, { body: { slug: `senere-${key}` }, token: actors.editor.token })
    expect(response.status).toBe(200)
    expect(await resolve(`/artikler/utkast-${key}`)).toEqual({ kind: 'none' })
  })

  it('chains collapse: A -> B then B -> C makes A -> C; back to A, no redirect points to itself', async () => {
    const key = unique()
    const [a, b, c] = [`a-${key}`, `b-${key}`, `c-${key}`]
    const id = await publishedArticle({ nb: a })
    await rename(id, b)
    await rename(id, c)
    expect(await resolve(`/artikler/${a}`)).toEqual({ kind: 'redirect', location: `/artikler/${c}`, status: 301 })
    expect(await resolve(`/artikler/${b}`)).toEqual({ kind: 'redirect', location: `/artikler/${c}`, status: 301 })
    const stored = await booted.payload.find({ collection: 'redirects' as CollectionSlug, where: { from: { equals: `/artikler/${a}` } }, overrideAccess: true })
    expect(stored.docs.map((d) => (d as unknown as { to: { type: string } }).to.type)).toEqual(['reference'])
    await rename(id, a)
    expect(await resolve(`/artikler/${a}`)).toEqual({ kind: 'none' })
    const fromA = await booted.payload.count({ collection: 'redirects' as CollectionSlug, where: { from: { equals: `/artikler/${a}` } }, overrideAccess: true })
    expect(fromA.totalDocs).toBe(0)
    expect(await resolve(`/artikler/${c}`)).toEqual({ kind: 'redirect', location: `/artikler/${a}`, status: 301 })
  })

  it('a redirect to an old address as a path follows the page that moved from there', async () => {
    const key = unique()
    const target = await publishedArticle({ nb: `mal-${key}` })
    const withdrawn = await publishedArticle()
    const withdrawnSlug = ((await booted.payload.findByID({ collection: 'articles', id: withdrawn, overrideAccess: true })) as { slug: string }).slug
    expect((await withdraw({ collection: 'articles', id: withdrawn, mode: 'redirect', target: { path: `/artikler/mal-${key}` } }, actors.editor.token)).status).toBe(200)
    await rename(target, `nytt-mal-${key}`)
    expect(await resolve(`/artikler/${withdrawnSlug}`)).toEqual({ kind: 'redirect', location: `/artikler/nytt-mal-${key}`, status: 301 })
  })

  it('a document published at an address that had a redirect takes it over', async () => {
    const key = unique()
    const id = await publishedArticle({ nb: `fri-${key}` })
    await rename(id, `flyttet-${key}`)
    expect((await resolve(`/artikler/fri-${key}`)).kind).toBe('redirect')
    await publishedArticle({ nb: `fri-${key}` })
    expect(await resolve(`/artikler/fri-${key}`)).toEqual({ kind: 'none' })
  })
})

describe('the redirects store', () => {
  it('is staff-only over REST and GraphQL', async () => {
    const anonymous = await booted.api.get('/redirects')
    const vendor = await booted.api.get('/redirects', { token: actors.vendorA.token })
    const editor = await booted.api.get('/redirects', { token: actors.editor.token })
    const gqlAnonymous = await booted.api.graphql('{ Redirects { docs { id from } } }')
    expect([anonymous.status, vendor.status, editor.status]).toEqual([403, 403, 200])
    expect(gqlAnonymous.body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('refuses a redirect by hand to another site or to its own address', async () => {
    const before = await count('redirects' as CollectionSlug)
    for (const url of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const response = await booted.api.post('/redirects', { body: { from: `/artikler/x-${unique()}`, to: { type: 'custom', url } }, token: actors.editor.token })
      expect({ url, status: response.status }).toEqual({ url, status: 400 })
    }
    const from = `/artikler/x-${unique()}`
    const toItself = await booted.api.post('/redirects', { body: { from, to: { type: 'custom', url: from } }, token: actors.editor.token })
    expect(toItself.status).toBe(400)
    const badFrom = await booted.api.post('/redirects', { body: { from: 'https://evil.example/x', to: { type: 'custom', url: '/takster' } }, token: actors.editor.token })
    expect(badFrom.status).toBe(400)
    expect(await count('redirects' as CollectionSlug)).toBe(before)
    const good = await booted.api.post('/redirects', { body: { from: `/artikler/x-${unique()}`, to: { type: 'custom', url: '/takster' } }, token: actors.editor.token })
    expect(good.status).toBe(201)
  })
})

describe('search follows', () => {
  it('a withdrawn article leaves the search index in every language', async () => {
    const key = unique()
    const id = await publishedArticle({ nb: `sok-${key}` })
    const search = async (lang: string) => {
      const response = await booted.api.get(`/search?where[title][like]=${encodeURIComponent(`sok-${key}`)}&locale=${lang}&depth=0`)
      return ((await response.json()) as { docs: unknown[] }).docs.length
    }
    expect(await search('nb')).toBe(1)
    expect((await withdraw({ collection: 'articles', id, mode: 'gone', explanation: { nb: 'Borte.' } }, actors.editor.token)).status).toBe(200)
    for (const lang of ['nb', 'nn', 'en']) expect({ lang, hits: await search(lang) }).toEqual({ lang, hits: 0 })
  })
})
