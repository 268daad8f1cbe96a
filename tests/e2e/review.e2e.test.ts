import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { api, login, loginAdmin, unique } from './helpers/api'
import { loginInBrowser, type Credentials } from './helpers/admin'
import { openBrowser, type Browser } from './helpers/browser'

// Issue 11 item 5 in the admin: an editor sends a draft for review, a second editor sees the Publish button
// (no reason under it) and publishes with a change note; the author sees the disabled Publish button with the
// reason. The site runs with the second pair of eyes on (its default).

type Id = number | string

async function newEditor(name: string): Promise<Credentials & { token: string; id: Id }> {
  const admin = await loginAdmin()
  const email = `redaktor-${unique()}@e2e.example.no`
  const password = `Ed-${unique()}-${unique()}`
  const created = await api<{ doc: { id: Id } }>('POST', '/users', admin, { email, password, name, roles: ['editor'] })
  expect(created.status).toBe(201)
  return { email, password, id: created.json.doc.id, token: await login(email, password) }
}

/** Opens a document's edit view and waits for the review panel's state. */
async function openDocument(browser: Browser, id: Id) {
  await browser.page.goto(`/admin/collections/articles/${id}?locale=nb`, { waitUntil: 'domcontentloaded' })
  await browser.page.locator('[data-workflow-state]').waitFor({ timeout: 60_000 })
}

describe('review before publishing in the admin', () => {
  const browsers: Browser[] = []
  let author: Awaited<ReturnType<typeof newEditor>>
  let reviewer: Awaited<ReturnType<typeof newEditor>>

  beforeAll(async () => {
    const admin = await loginAdmin()
    expect((await api('POST', '/globals/site-settings', admin, { secondPairOfEyes: true })).status).toBe(200)
    author = await newEditor('Aud Forfatter')
    reviewer = await newEditor('Rolf Gjennomleser')
  }, 60_000)

  afterAll(async () => {
    for (const browser of browsers) await browser.close()
  })

  test('the author sends the draft for review and may not publish it; the second editor publishes it with a change note', async () => {
    const title = `Til gjennomgang ${unique()}`
    const created = await api<{ doc: { id: Id } }>('POST', '/articles?draft=true&locale=nb', author.token, { title, lead: 'Skrevet av forfatteren.' })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const asAuthor = await openBrowser()
    browsers.push(asAuthor)
    await loginInBrowser(asAuthor.page, author)
    await openDocument(asAuthor, id)
    await asAuthor.page.getByRole('button', { name: 'Send til gjennomgang' }).click()
    await asAuthor.page.locator('[data-workflow-state="in-review"]').waitFor({ timeout: 30_000 })
    expect(await asAuthor.page.locator('[data-workflow-state]').textContent()).toBe('Klar til gjennomgang')

    // The author's Publish button is disabled, and says why and who may publish.
    const reason = asAuthor.page.locator('.workflow-publish__reason')
    await reason.waitFor({ timeout: 30_000 })
    expect(await reason.textContent()).toMatch(/Du har selv endret dette utkastet\. En annen redaktør eller en administrator må publisere det\./)
    expect(await asAuthor.page.locator('.workflow-publish__disabled').isDisabled()).toBe(true)
    expect(await asAuthor.page.locator('#action-save').count()).toBe(0)
    // The author leaves the document.
    await asAuthor.page.goto('/admin/collections/articles', { waitUntil: 'domcontentloaded' })

    const asReviewer = await openBrowser()
    browsers.push(asReviewer)
    await loginInBrowser(asReviewer.page, reviewer)
    await openDocument(asReviewer, id)
    const publish = asReviewer.page.locator('#action-save')
    await publish.waitFor({ timeout: 30_000 })
    expect(await asReviewer.page.locator('.workflow-publish__reason').count()).toBe(0)
    await asReviewer.page.locator('textarea[name="changeNote"]').fill('Ny artikkel, gjennomgått av en annen redaktør.')
    const saved = asReviewer.page.waitForResponse((r) => r.url().includes(`/api/articles/${id}`) && r.request().method() === 'PATCH', { timeout: 30_000 })
    await publish.click()
    expect((await saved).status()).toBe(200)

    // Published by the second editor: the public reads it, the review state is 'published'.
    expect((await api<{ _status?: string }>('GET', `/articles/${id}?depth=0&locale=nb`)).json?._status).toBe('published')
    const stored = await api<{ workflow: { state: string; changedBy: unknown[] } }>('GET', `/articles/${id}?depth=0`, reviewer.token)
    expect({ state: stored.json.workflow.state, changedBy: stored.json.workflow.changedBy }).toEqual({ state: 'published', changedBy: [] })

    // Clean-up: the reviewer's open edit view still holds Payload's lock on the article; later tests edit articles.
    await asReviewer.page.goto('/admin', { waitUntil: 'domcontentloaded' })
    const admin = await loginAdmin()
    const locks = await api<{ docs: { id: Id }[] }>('GET', `/payload-locked-documents?where[document.relationTo][equals]=articles&where[document.value][equals]=${id}&depth=0`, admin)
    for (const lock of locks.json.docs) expect((await api('DELETE', `/payload-locked-documents/${lock.id}`, admin)).status).toBe(200)
  }, 240_000)
})
