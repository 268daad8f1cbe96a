import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Page, Request } from 'playwright-core'

import { api, categories, login, loginAdmin, unique } from './helpers/api'
import { loginInBrowser, type Credentials } from './helpers/admin'
import { openBrowser, type Browser } from './helpers/browser'

/**
 * Issue 11 item 9 in the admin: a save on a stale copy is refused with the Norwegian message as the admin's
 * error toast, the editor's text stays in the form and the stored text is the other editor's; the admin's own
 * autosaves and saves carry the updatedAt of the answer before them and keep working. Item 6: a restore from
 * the version view makes a draft.
 */
type Id = number | string

/** What the admin sent in one save: its address and the updatedAt in its `_payload`. */
type Sent = { url: string; updatedAt: string | undefined }

async function createEditor(admin: string, name: string): Promise<Credentials & { token: string }> {
  const email = `editor-${unique()}@e2e.example.no`
  const password = `Ed-${unique()}-${unique()}`
  const created = await api('POST', '/users', admin, { email, password, name, roles: ['editor'] })
  expect(created.status).toBe(201)
  return { email, password, token: await login(email, password) }
}

/** The updatedAt in a save's body: the admin sends multipart form data with the document as JSON in `_payload`. */
function sentUpdatedAt(request: Request): string | undefined {
  const body = request.postData() ?? ''
  const match = /"updatedAt":"([^"]+)"/.exec(body)
  return match?.[1]
}

/** Records every PATCH of one document that the page sends. */
function recordSaves(page: Page, slug: string, id: Id): Sent[] {
  const sent: Sent[] = []
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && new URL(request.url()).pathname === `/api/${slug}/${id}`) sent.push({ url: request.url(), updatedAt: sentUpdatedAt(request) })
  })
  return sent
}

const isSaveOf = (slug: string, id: Id) => (response: { request(): Request; url(): string }) =>
  response.request().method() === 'PATCH' && new URL(response.url()).pathname === `/api/${slug}/${id}`

/** The number of locks on a document, once it is 0 or 30 s have passed (leaving the document unlocks it in the background). */
async function lockCountAfterWaiting(token: string, id: Id): Promise<number> {
  const deadline = Date.now() + 30_000
  for (;;) {
    const locks = await api<{ totalDocs: number }>('GET', `/payload-locked-documents?where[document.value][equals]=${id}&depth=0`, token)
    if (locks.json.totalDocs === 0 || Date.now() > deadline) return locks.json.totalDocs
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function openArticle(page: Page, id: Id) {
  await page.goto(`/admin/collections/articles/${id}?locale=nb`, { waitUntil: 'domcontentloaded' })
}

describe('no lost edits in the admin', () => {
  let admin = ''
  let first: Credentials & { token: string }
  let second: Credentials & { token: string }
  const browsers: Browser[] = []

  beforeAll(async () => {
    admin = await loginAdmin()
    first = await createEditor(admin, 'Frida Første')
    second = await createEditor(admin, 'Sander Andre')
  }, 60_000)

  afterAll(async () => {
    for (const browser of browsers) await browser.close()
  })

  async function browserAs(credentials: Credentials): Promise<Page> {
    const browser = await openBrowser()
    browsers.push(browser)
    await loginInBrowser(browser.page, credentials)
    return browser.page
  }

  test('two editors on one article: the save on the stale copy shows the Norwegian 409 message, keeps the text in the form, and the stored text is the other editor\'s', async () => {
    const created = await api<{ doc: { id: Id; updatedAt: string } }>('POST', '/articles?draft=true', first.token, { title: `Felles artikkel ${unique()}` })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const [stalePage, otherPage] = [await browserAs(first), await browserAs(second)]

    // The first editor opens the article and starts writing, which locks it (and autosaves).
    await openArticle(stalePage, id)
    const staleTitle = stalePage.locator('input[name="title"]')
    await staleTitle.waitFor({ timeout: 60_000 })
    const staleSaves = recordSaves(stalePage, 'articles', id)
    const firstAutosave = stalePage.waitForResponse((r) => isSaveOf('articles', id)(r) && r.status() === 200, { timeout: 60_000 })
    await staleTitle.fill('Den første redaktørens første utkast')
    const openedCopy = ((await (await firstAutosave).json()) as { doc: { updatedAt: string } }).doc.updatedAt

    // The second opens it too; when Payload says the first is editing, the second takes over as Payload allows.
    await openArticle(otherPage, id)
    const otherTitle = otherPage.locator('input[name="title"]')
    await otherTitle.waitFor({ timeout: 60_000 })
    const takeOver = otherPage.getByRole('button', { name: 'Ta over' })
    const lockShown = await takeOver.first().waitFor({ timeout: 15_000 }).then(() => true, () => false)
    if (lockShown) await takeOver.first().click()
    console.log(`[stale-save e2e] the second editor was shown the lock: ${lockShown}`)
    const otherSaved = otherPage.waitForResponse((r) => isSaveOf('articles', id)(r) && r.status() === 200, { timeout: 60_000 })
    await otherTitle.fill('Den andre redaktørens tittel')
    await otherSaved
    // ... and leaves the article, which frees its lock.
    await otherPage.goto('/admin/collections/articles', { waitUntil: 'domcontentloaded' })
    expect(await lockCountAfterWaiting(admin, id)).toBe(0)

    // The first editor, on the copy opened before that save, writes and saves (autosave): refused.
    const refused = stalePage.waitForResponse((r) => isSaveOf('articles', id)(r) && r.status() === 409, { timeout: 60_000 })
    await staleTitle.fill('Den første redaktørens tittel')
    await refused
    await stalePage
      .getByText(/Dokumentet er endret (av Sander Andre )?kl\. \d{2}\.\d{2} etter at du åpnet det\. Last inn siden på nytt/)
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await staleTitle.inputValue()).toBe('Den første redaktørens tittel')
    expect(staleSaves.length).toBeGreaterThan(0)
    // What the saves sent: the updatedAt of the copy opened, then of its own autosave's answer (the stale copy).
    expect(staleSaves.map((s) => s.updatedAt).slice(0, 2)).toEqual([created.json.doc.updatedAt, openedCopy])

    const stored = await api<{ title: string }>('GET', `/articles/${id}?draft=true&depth=0&locale=nb`, admin)
    expect(stored.json.title).toBe('Den andre redaktørens tittel')
  }, 240_000)

  test('the admin\'s autosaves and then its save from the same form carry the updatedAt of the answer before them and all go through', async () => {
    const created = await api<{ doc: { id: Id; updatedAt: string } }>('POST', '/articles?draft=true', first.token, { title: `Autolagring ${unique()}` })
    const id = created.json.doc.id
    const page = await browserAs(first)
    await openArticle(page, id)
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 60_000 })
    const sent = recordSaves(page, 'articles', id)
    const answers: string[] = []

    for (const text of ['Første autolagring', 'Andre autolagring']) {
      const saved = page.waitForResponse((r) => isSaveOf('articles', id)(r) && new URL(r.url()).searchParams.get('autosave') === 'true', { timeout: 60_000 })
      await title.fill(text)
      const response = await saved
      expect(response.status()).toBe(200)
      answers.push(((await response.json()) as { doc: { updatedAt: string } }).doc.updatedAt)
    }
    expect(sent.map((s) => s.updatedAt)).toEqual([created.json.doc.updatedAt, answers[0]])

    // The explicit save after the autosaves (the "Lagre utkast" button, as articles keep it beside autosave).
    const saveButton = page.getByRole('button', { name: 'Lagre utkast' })
    await title.fill('Lagret med knappen')
    const saved = page.waitForResponse((r) => isSaveOf('articles', id)(r) && new URL(r.url()).searchParams.get('autosave') !== 'true', { timeout: 60_000 })
    await saveButton.click({ timeout: 30_000 })
    expect((await saved).status()).toBe(200)
    expect(sent.every((s) => s.updatedAt !== undefined)).toBe(true)
    const stored = await api<{ title: string }>('GET', `/articles/${id}?draft=true&depth=0&locale=nb`, admin)
    expect(stored.json.title).toBe('Lagret med knappen')
  }, 180_000)

  test('restoring an older version from the version view makes a new draft; the published text stays', async () => {
    const created = await api<{ doc: { id: Id } }>('POST', '/articles?draft=true', first.token, { title: 'Gammel tittel' })
    const id = created.json.doc.id
    expect((await api('PATCH', `/articles/${id}?draft=true`, first.token, { title: 'Publisert tittel' })).status).toBe(200)
    // Sent for review by its writer and published by another editor (the second pair of eyes), with a change note.
    const review = await api('POST', '/workflow/transition', first.token, { collection: 'articles', id, to: 'in-review' })
    expect({ status: review.status, body: review.status === 200 ? null : review.json }).toEqual({ status: 200, body: null })
    const published = await api('PATCH', `/articles/${id}`, second.token, { _status: 'published', changeNote: 'Første utgave' })
    expect({ status: published.status, body: published.status === 200 ? null : published.json }).toEqual({ status: 200, body: null })
    const versions = await api<{ docs: { id: Id; version: { title: string } }[] }>('GET', `/articles/versions?where[parent][equals]=${id}&sort=createdAt&depth=0&locale=nb`, admin)
    const old = versions.json.docs.find((v) => v.version.title === 'Gammel tittel')!

    const page = await browserAs(first)
    await page.goto(`/admin/collections/articles/${id}/versions/${old.id}?locale=nb`, { waitUntil: 'domcontentloaded' })
    await page.getByText('Gammel tittel').first().waitFor({ timeout: 60_000 })
    await page.getByRole('button', { name: 'Gjenopprett denne versjonen' }).click()
    const restored = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/articles/versions/${old.id}`, { timeout: 60_000 })
    await page.getByRole('dialog').getByRole('button', { name: /Bekreft|Gjenoppretter/ }).click()
    expect((await restored).status()).toBe(200)
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}`), { timeout: 60_000 })

    const latest = await api<{ title: string; _status: string; workflow?: { state?: string } }>('GET', `/articles/${id}?draft=true&depth=0&locale=nb`, admin)
    expect({ title: latest.json.title, status: latest.json._status, state: latest.json.workflow?.state }).toEqual({ title: 'Gammel tittel', status: 'draft', state: 'draft' })
    const live = await api<{ title: string }>('GET', `/articles/${id}?depth=0&locale=nb`)
    expect(live.json.title).toBe('Publisert tittel')
  }, 180_000)

  /** A document of a versioned collection with two draft versions, the older text and the newer. */
  async function twoVersions(slug: string, field: string, data: Record<string, unknown>) {
    const older = `Eldre ${unique()}`
    const newer = `Nyere ${unique()}`
    const created = await api<{ doc: { id: Id } }>('POST', `/${slug}?draft=true`, admin, { ...data, [field]: older })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect((await api('PATCH', `/${slug}/${id}?draft=true`, admin, { [field]: newer })).status).toBe(200)
    const versions = await api<{ docs: { id: Id; version: Record<string, unknown> }[] }>('GET', `/${slug}/versions?where[parent][equals]=${id}&depth=0&locale=nb`, admin)
    // The view of a version shows what changed from the version before it: the newer one shows both texts.
    const version = versions.json.docs.find((v) => v.version[field] === newer)!
    return { id, older, newer, versionPath: `/admin/collections/${slug}/${id}/versions/${version.id}?locale=nb` }
  }

  test('the version view shows the diff for every versioned collection (vendors do not use the admin; their own versions over the API are in the policy tests)', async () => {
    const [category] = await categories()
    const vendor = { solutionType: 'standalone', professionCategories: [category!.id] }
    const docs = {
      vendors: await twoVersions('vendors', 'name', vendor),
      tariffs: await twoVersions('tariffs', 'title', { code: `T${unique()}`, professions: ['lege'], effectiveFrom: '2020-03-16T00:00:00.000Z' }),
      'research-links': await twoVersions('research-links', 'title', { url: `https://example.org/${unique()}` }),
    }

    const staff = await browserAs(first)
    for (const [slug, doc] of Object.entries(docs)) {
      await staff.goto(doc.versionPath, { waitUntil: 'domcontentloaded' })
      // Both texts, in the diff (the newer may also be the page's title).
      await staff.getByText(doc.newer).first().waitFor({ timeout: 60_000 })
      const olderShown = await staff.getByText(doc.older).first().waitFor({ timeout: 30_000 }).then(() => true, () => false)
      expect({ slug, olderShown }).toEqual({ slug, olderShown: true })
    }
  }, 240_000)
})

