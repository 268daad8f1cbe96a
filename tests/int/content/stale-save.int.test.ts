import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'

/**
 * Issue 11 item 9: a save built on a stale copy (its `updatedAt` older than the stored document's) is refused
 * with 409 and a message that says what to do, and changes nothing; a fresh copy or no `updatedAt` saves.
 */
const { booted, actors, category } = bootWithCategory()

type Id = number | string
type Doc = { id: Id; title?: string; name?: string; updatedAt: string; _status?: string }

const STALE_NB = /etter at du åpnet det\. Last inn siden på nytt for å se endringene, og gjør dine endringer igjen\./

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}

async function createArticle(title = `Artikkel ${unique()}`): Promise<Doc> {
  const response = await booted.api.post('/articles?draft=true', { token: actors.editor.token, body: { title } })
  expect(response.status).toBe(201)
  return (await json<{ doc: Doc }>(response)).doc
}

async function readArticle(id: Id): Promise<Doc> {
  return json<Doc>(await booted.api.get(`/articles/${id}?draft=true&depth=0`, { token: actors.editor.token }))
}

/** Waits past the millisecond the stored copy was written in, so that the next save's updatedAt is later. */
const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('a stale save over REST', () => {
  it('is refused with 409 and a Norwegian message saying what to do, and changes nothing', async () => {
    const opened = await createArticle('Slik den ble åpnet')
    await nextMillisecond()
    const first = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.admin.token,
      body: { title: 'Første redaktørs tekst', updatedAt: opened.updatedAt },
    })
    expect(first.status).toBe(200)

    const second = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Andre redaktørs tekst', updatedAt: opened.updatedAt },
    })
    expect(second.status).toBe(409)
    const message = (await json<{ errors: { message: string }[] }>(second)).errors[0]!.message
    expect(message).toMatch(/^Dokumentet er endret av Ada Admin kl\. \d{2}\.\d{2}/)
    expect(message).toMatch(STALE_NB)
    expect((await readArticle(opened.id)).title).toBe('Første redaktørs tekst')
  })

  it('says it in English to an English admin', async () => {
    const opened = await createArticle()
    await nextMillisecond()
    await booted.api.patch(`/articles/${opened.id}?draft=true`, { token: actors.admin.token, body: { title: 'Ny tittel' } })
    const stale = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      headers: { 'Accept-Language': 'en' },
      body: { title: 'Gammel kopi', updatedAt: opened.updatedAt },
    })
    expect(stale.status).toBe(409)
    expect((await json<{ errors: { message: string }[] }>(stale)).errors[0]!.message).toMatch(
      /^The document was changed by Ada Admin at \d{2}:\d{2} after you opened it\. Reload the page to see the changes, and make your changes again\./,
    )
  })

  it('saves with the stored updatedAt, and with none at all (API clients, scripts, jobs)', async () => {
    const opened = await createArticle()
    await nextMillisecond()
    const fresh = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Med fersk kopi', updatedAt: opened.updatedAt },
    })
    expect(fresh.status).toBe(200)
    const saved = (await json<{ doc: Doc }>(fresh)).doc
    expect(Date.parse(saved.updatedAt)).toBeGreaterThan(Date.parse(opened.updatedAt))

    const without = await booted.api.patch(`/articles/${opened.id}?draft=true`, { token: actors.editor.token, body: { title: 'Uten updatedAt' } })
    expect(without.status).toBe(200)
    expect((await readArticle(opened.id)).title).toBe('Uten updatedAt')
  })

  it('compares with the latest draft, not the published document: a copy of the published one is stale once a draft is newer', async () => {
    const vendor = await booted.payload.create({
      collection: 'vendors',
      data: { ...vendorData(category.id), _status: 'published' } as never,
      overrideAccess: true,
    })
    const published = await json<Doc>(await booted.api.get(`/vendors/${vendor.id}?depth=0`, { token: actors.editor.token }))
    await nextMillisecond()
    const draft = await booted.api.patch(`/vendors/${vendor.id}?draft=true`, {
      token: actors.admin.token,
      body: { name: 'Nytt utkast', updatedAt: published.updatedAt },
    })
    expect(draft.status).toBe(200)
    const latest = (await json<{ doc: Doc }>(draft)).doc

    const onPublished = await booted.api.patch(`/vendors/${vendor.id}?draft=true`, {
      token: actors.editor.token,
      body: { name: 'Bygget på den publiserte', updatedAt: published.updatedAt },
    })
    expect(onPublished.status).toBe(409)
    const onLatest = await booted.api.patch(`/vendors/${vendor.id}?draft=true`, {
      token: actors.editor.token,
      body: { name: 'Bygget på utkastet', updatedAt: latest.updatedAt },
    })
    expect(onLatest.status).toBe(200)
  })

  it('keeps working through an autosave followed by a save from the same form (each answer carries the next updatedAt)', async () => {
    const opened = await createArticle()
    await nextMillisecond()
    const autosave = await booted.api.patch(`/articles/${opened.id}?autosave=true&draft=true&depth=0`, {
      token: actors.editor.token,
      body: { title: 'Autolagret', updatedAt: opened.updatedAt, _status: 'draft' },
    })
    expect(autosave.status).toBe(200)
    const afterAutosave = (await json<{ doc: Doc }>(autosave)).doc
    await nextMillisecond()
    const secondAutosave = await booted.api.patch(`/articles/${opened.id}?autosave=true&draft=true&depth=0`, {
      token: actors.editor.token,
      body: { title: 'Autolagret igjen', updatedAt: afterAutosave.updatedAt, _status: 'draft' },
    })
    expect(secondAutosave.status).toBe(200)
    const afterSecond = (await json<{ doc: Doc }>(secondAutosave)).doc
    await nextMillisecond()
    const save = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Lagret', updatedAt: afterSecond.updatedAt },
    })
    expect(save.status).toBe(200)
    expect((await readArticle(opened.id)).title).toBe('Lagret')
    // The copy from before the autosaves is stale now.
    const stale = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Gammel', updatedAt: opened.updatedAt },
    })
    expect(stale.status).toBe(409)
  })

  it('lets through a save whose copy is older only by bookkeeping (a save without changes, a review state moved): nothing would be lost', async () => {
    const opened = await createArticle('Uendret innhold')
    await nextMillisecond()
    const noChange = await booted.api.patch(`/articles/${opened.id}?draft=true`, { token: actors.admin.token, body: { title: 'Uendret innhold' } })
    expect(noChange.status).toBe(200)
    await nextMillisecond()
    // A server write of the review state (as the workflow's transition endpoint makes) moves updatedAt too.
    await booted.payload.update({ collection: 'articles', id: opened.id, data: { _status: 'draft' }, draft: true, overrideAccess: true })
    const stored = await readArticle(opened.id)
    expect(Date.parse(stored.updatedAt)).toBeGreaterThan(Date.parse(opened.updatedAt))

    const save = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Min endring', updatedAt: opened.updatedAt },
    })
    expect(save.status).toBe(200)
    expect((await readArticle(opened.id)).title).toBe('Min endring')
  })

  it('is refused when the copy it names is gone from the versions (an autosave rewrote it in place)', async () => {
    const opened = await createArticle('Før autolagring')
    await nextMillisecond()
    // The first autosave adds an autosave version; the second rewrites that same version in place.
    const first = await booted.api.patch(`/articles/${opened.id}?autosave=true&draft=true`, { token: actors.admin.token, body: { title: 'Autolagret 1' } })
    const firstCopy = (await json<{ doc: Doc }>(first)).doc
    await nextMillisecond()
    await booted.api.patch(`/articles/${opened.id}?autosave=true&draft=true`, { token: actors.admin.token, body: { title: 'Autolagret 1' } })
    const stale = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Min endring', updatedAt: firstCopy.updatedAt },
    })
    expect(stale.status).toBe(409)
    expect((await readArticle(opened.id)).title).toBe('Autolagret 1')
  })

  it('answers 400 to an updatedAt that is no time', async () => {
    const opened = await createArticle()
    const response = await booted.api.patch(`/articles/${opened.id}?draft=true`, {
      token: actors.editor.token,
      body: { title: 'Tull', updatedAt: 'i går' },
    })
    expect(response.status).toBe(400)
    expect((await readArticle(opened.id)).title).toBe(opened.title)
  })
})

describe('a stale save over GraphQL and the Local API', () => {
  it('GraphQL: a stale update is refused with the message and changes nothing; a fresh one saves', async () => {
    const opened = await createArticle('GraphQL-start')
    await nextMillisecond()
    await booted.api.patch(`/articles/${opened.id}?draft=true`, { token: actors.admin.token, body: { title: 'Første' } })
    const mutation = `mutation($data: mutationArticleUpdateInput!) { updateArticle(id: ${JSON.stringify(opened.id)}, data: $data, draft: true) { title updatedAt } }`
    const stale = await booted.api.graphql(mutation, { token: actors.editor.token, variables: { data: { title: 'Andre', updatedAt: opened.updatedAt } } })
    expect(stale.body.data?.updateArticle ?? null).toBeNull()
    expect(stale.body.errors?.[0]?.message).toMatch(STALE_NB)
    expect(stale.body.errors?.[0]?.extensions?.statusCode).toBe(409)
    const stored = await readArticle(opened.id)
    expect(stored.title).toBe('Første')

    const fresh = await booted.api.graphql(mutation, { token: actors.editor.token, variables: { data: { title: 'Andre', updatedAt: stored.updatedAt } } })
    expect(fresh.body.errors ?? []).toEqual([])
    expect(fresh.body.data.updateArticle.title).toBe('Andre')
  })

  it('Local API with a user: a stale copy is refused, nothing changes', async () => {
    const opened = await createArticle('Lokal start')
    await nextMillisecond()
    await booted.payload.update({ collection: 'articles', id: opened.id, data: { title: 'Lokal første' }, draft: true, overrideAccess: true })
    const editor = await booted.payload.findByID({ collection: 'users', id: actors.editor.id, overrideAccess: true })
    await expect(
      booted.payload.update({
        collection: 'articles',
        id: opened.id,
        data: { title: 'Lokal andre', updatedAt: opened.updatedAt },
        draft: true,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await readArticle(opened.id)).title).toBe('Lokal første')
  })
})
