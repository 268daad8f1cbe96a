import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Page, Response } from 'playwright-core'

import { adminCredentials, loginInBrowser, type Credentials } from './helpers/admin'
import { api, login, loginAdmin, setSecondPairOfEyes, unique } from './helpers/api'
import { openBrowser, type Browser } from './helpers/browser'

// Issue 11, "Tests": the whole editor journey in the admin, as two editors do it, with the second pair of eyes
// on (the default). REST is used only to make the two editor accounts (setup) and, in the last step, to read
// the audit entries' details in the order they were written (the admin's list shows action and actor, not the
// review's "from -> to"); everything the editors do goes through the admin UI in Chromium.

type Id = number | string
type Editor = Credentials & { name: string; id: Id }
type AuditEntry = { id: number; action: string; actorLabel: string; collection?: string; docId?: string; fields?: string[] | null; detail?: string | null }

const WAIT = 60_000
const OWN_CHANGE = 'Du har selv endret dette utkastet. En annen redaktør eller en administrator må publisere det.'

async function newEditor(name: string): Promise<Editor> {
  const email = `redaktor-${unique()}@e2e.example.no`
  const password = `Ed-${unique()}-${unique()}`
  const created = await api<{ doc: { id: Id } }>('POST', '/users', await loginAdmin(), { email, password, name, roles: ['editor'] })
  if (created.status !== 201) throw new Error(`could not create ${name}: ${created.status} ${JSON.stringify(created.json)}`)
  await login(email, password)
  return { email, password, name, id: created.json.doc.id }
}

/** The edit view of the article, waiting for the review panel's state (the sidebar's "Gjennomgang"). */
async function openArticle(page: Page, id: Id): Promise<void> {
  await page.goto(`/admin/collections/articles/${id}?locale=nb`, { waitUntil: 'domcontentloaded' })
  await page.locator('[data-workflow-state]').waitFor({ timeout: WAIT })
}

/** Leaves the edit view for the list, which releases the editor's lock on the document. */
async function leaveArticle(page: Page): Promise<void> {
  await page.goto('/admin/collections/articles', { waitUntil: 'domcontentloaded' })
  await page.waitForLoadState('networkidle', { timeout: WAIT })
}

/** The body's rich-text editor (Lexical) in the edit view. */
const bodyEditor = (page: Page) => page.locator('[data-lexical-editor="true"][contenteditable="true"]').first()

/** Resolves with the admin's autosave of this article whose request carries `marker` (the draft is then stored). */
function autosaveWith(page: Page, id: Id, marker: string): Promise<Response> {
  return page.waitForResponse(
    (r) => r.url().includes(`/api/articles/${id}`) && r.url().includes('autosave=true') && (r.request().postData() ?? '').includes(marker) && r.ok(),
    { timeout: WAIT },
  )
}

/** Clicks a review step in the sidebar and waits for the reloaded edit view to show the new state. */
async function takeReviewStep(page: Page, button: string, state: string, comment?: string): Promise<void> {
  if (comment !== undefined) await page.locator('textarea[name="reviewComment"]').fill(comment)
  const answered = page.waitForResponse((r) => r.url().includes('/api/workflow/transition') && r.request().method() === 'POST', { timeout: WAIT })
  await page.getByRole('button', { name: button, exact: true }).click()
  expect((await answered).status()).toBe(200)
  await page.locator(`[data-workflow-state="${state}"]`).waitFor({ timeout: WAIT })
}

const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim()

describe('the editor journey: draft, preview, review, changes asked for and made, publish by a second editor, history, audit', () => {
  const browsers: Browser[] = []
  let a: Editor
  let b: Editor
  let asA: Browser
  let asB: Browser
  let reader: Browser
  const mark = unique()
  const title = `Redaktørreisen ${mark}`
  const expectedPath = `/artikler/redaktorreisen-${mark}`
  const firstText = `Første utkast ${mark}: bruk video bare når pasienten har samtykket.`
  const fixedText = `Rettet tekst ${mark}: spør pasienten om samtykke før hver videokonsultasjon.`
  const comment = `Samtykke må innhentes før hver konsultasjon, ikke bare én gang (${mark}).`
  const changeNote = `Ny artikkel om samtykke ved videokonsultasjon (${mark}).`
  // Filled in as the journey goes; each test builds on the ones before it (the file runs in order).
  let id: Id
  let path: string
  let publishedAt: number
  // The last step that finished: a step whose predecessor failed stops at once instead of waiting on nothing.
  let reached = 0
  const after = (step: number) => {
    if (reached < step) throw new Error(`step ${step} did not finish: this step builds on it`)
  }

  beforeAll(async () => {
    // The site's default, set explicitly: another test file may have left it off.
    await setSecondPairOfEyes(true)
    a = await newEditor(`Anne Forfatter ${mark}`)
    b = await newEditor(`Bjørn Gjennomleser ${mark}`)
    asA = await openBrowser()
    browsers.push(asA)
    asB = await openBrowser()
    browsers.push(asB)
    reader = await openBrowser()
    browsers.push(reader)
    await loginInBrowser(asA.page, a)
    await loginInBrowser(asB.page, b)
  }, 180_000)

  afterAll(async () => {
    for (const browser of browsers) await browser.close().catch(() => undefined)
    if (id !== undefined) await api('DELETE', `/articles/${id}`, await loginAdmin())
  })

  test('1. editor A writes a new draft article in the admin (title and body text) and saves it as a draft', async () => {
    const { page } = asA
    // Drafts are validated, so the create view is a form: the draft exists once "Lagre utkast" saves it.
    await page.goto('/admin/collections/articles/create?locale=nb', { waitUntil: 'domcontentloaded' })
    await page.locator('input[name="title"]').first().waitFor({ timeout: WAIT })
    await page.locator('input[name="title"]').first().fill(title)
    await bodyEditor(page).click()
    await page.keyboard.type(firstText)
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(firstText)

    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/articles' && r.request().method() === 'POST', { timeout: WAIT })
    await page.getByRole('button', { name: 'Lagre utkast' }).click()
    const response = await created
    expect(response.status()).toBe(201)
    id = ((await response.json()) as { doc: { id: Id } }).doc.id
    await page.waitForURL((u) => u.pathname === `/admin/collections/articles/${id}`, { timeout: WAIT })
    await page.locator('[data-workflow-state="draft"]').waitFor({ timeout: WAIT })
    expect(await textOf(page, '[data-workflow-state]')).toBe('Utkast')
    expect(await page.locator('input[name="title"]').first().inputValue()).toBe(title)
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(firstText)
    reached = 1
  }, 180_000)

  test("2. A previews it on the site with the admin's Preview button: the draft text and the banner at its real address; the public still gets a 404", async () => {
    after(1)
    const { page, context } = asA
    // The button is there once the draft has an address (its slug, made from the title by the save).
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: WAIT })
    const [preview] = await Promise.all([context.waitForEvent('page', { timeout: WAIT }), button.click()])
    await preview.waitForURL((u) => u.pathname.startsWith('/artikler/'), { timeout: WAIT })
    path = new URL(preview.url()).pathname
    expect(path).toBe(expectedPath)
    await preview.locator('main').waitFor({ timeout: WAIT })
    expect(await textOf(preview, 'h1')).toBe(title)
    expect(await preview.locator('main').textContent()).toContain(firstText)
    const banner = preview.getByRole('region', { name: 'Forhåndsvisning' })
    await banner.waitFor({ timeout: WAIT })
    expect(await banner.textContent()).toMatch(/Utkast lagret \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u)
    await preview.close()

    // A reader without cookies gets the public's page: the draft was never published.
    const res = await reader.page.goto(path, { waitUntil: 'domcontentloaded' })
    expect(res?.status()).toBe(404)
    expect(await reader.page.locator('body').textContent()).not.toContain(firstText)
    expect(await reader.page.locator('.preview-banner').count()).toBe(0)
    reached = 2
  }, 180_000)

  test('3. A sends it for review under "Gjennomgang", and may not publish it', async () => {
    after(2)
    const { page } = asA
    await openArticle(page, id)
    await takeReviewStep(page, 'Send til gjennomgang', 'in-review')
    expect(await textOf(page, '[data-workflow-state]')).toBe('Klar til gjennomgang')
    await page.locator('.workflow-publish__reason').waitFor({ timeout: WAIT })
    expect(await textOf(page, '.workflow-publish__reason')).toBe(OWN_CHANGE)
    await leaveArticle(page)
    reached = 3
  }, 180_000)

  test('4. editor B, in a second browser, asks for a change with a comment', async () => {
    after(3)
    const { page } = asB
    await openArticle(page, id)
    expect(await textOf(page, '[data-workflow-state]')).toBe('Klar til gjennomgang')
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(firstText)
    await takeReviewStep(page, 'Be om endringer', 'changes-requested', comment)
    expect(await textOf(page, '[data-workflow-state]')).toBe('Endringer ønsket')
    expect(await textOf(page, '.review-panel__comments li:last-child')).toContain(comment)
    await leaveArticle(page)
    reached = 4
  }, 180_000)

  test("5. A sees B's comment, fixes the text, sends it for review again; A's Publish button says A may not publish it", async () => {
    after(4)
    const { page } = asA
    await openArticle(page, id)
    expect(await textOf(page, '[data-workflow-state]')).toBe('Endringer ønsket')
    const thread = page.locator('.review-panel__comments li').last()
    expect(((await thread.textContent()) ?? '').replace(/\s+/g, ' ')).toContain(b.name)
    expect(await thread.textContent()).toContain(comment)

    const stored = autosaveWith(page, id, fixedText.slice(-20))
    await bodyEditor(page).click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(fixedText)
    await stored
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(fixedText)

    await takeReviewStep(page, 'Send til gjennomgang', 'in-review')
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(fixedText)
    await page.locator('.workflow-publish__reason').waitFor({ timeout: WAIT })
    expect(await textOf(page, '.workflow-publish__reason')).toBe(OWN_CHANGE)
    expect(await page.locator('.workflow-publish__disabled').isDisabled()).toBe(true)
    expect(await page.locator('#action-save').count()).toBe(0)
    await leaveArticle(page)
    reached = 5
  }, 180_000)

  test('6. B publishes it with a change note', async () => {
    after(5)
    const { page } = asB
    await openArticle(page, id)
    expect(await textOf(page, '[data-workflow-state]')).toBe('Klar til gjennomgang')
    expect(await textOf(page, '[data-lexical-editor="true"]')).toBe(fixedText)
    const publish = page.locator('#action-save')
    await publish.waitFor({ timeout: WAIT })
    expect(await page.locator('.workflow-publish__reason').count()).toBe(0)
    await page.locator('textarea[name="changeNote"]').fill(changeNote)
    const saved = page.waitForResponse(
      (r) => r.url().includes(`/api/articles/${id}`) && !r.url().includes('autosave=true') && r.request().method() === 'PATCH',
      { timeout: WAIT },
    )
    await publish.click()
    const response = await saved
    publishedAt = Date.now()
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { doc?: { _status?: string } }).doc?._status).toBe('published')
    await page.locator('[data-workflow-state="published"]').waitFor({ timeout: WAIT }).catch(async () => {
      await openArticle(page, id)
      await page.locator('[data-workflow-state="published"]').waitFor({ timeout: WAIT })
    })
    reached = 6
  }, 180_000)

  test('7. the public page, in a browser without cookies, shows the new text within 1 s of the publish', async () => {
    after(6)
    const { page, context } = reader
    expect(await context.cookies()).toEqual([])
    let status: number | undefined
    let elapsed = 0
    for (;;) {
      const res = await page.goto(path, { waitUntil: 'domcontentloaded' })
      status = res?.status()
      if (status === 200 && ((await page.locator('main').textContent()) ?? '').includes(fixedText)) {
        elapsed = Date.now() - publishedAt
        break
      }
      if (Date.now() - publishedAt > 30_000) throw new Error(`${path} did not show the published text within 30 s (last status ${status})`)
    }
    console.log(`[editor-journey] publish to visible on the public page: ${elapsed} ms`)
    expect(await textOf(page, 'h1')).toBe(title)
    expect(await page.locator('body').textContent()).not.toContain(firstText)
    expect(await page.locator('.preview-banner').count()).toBe(0)
    expect(elapsed).toBeLessThanOrEqual(1000)
    reached = 7
  }, 120_000)

  test("8. the article's change history lists the change note", async () => {
    after(6)
    const { page } = reader
    await page.goto(path, { waitUntil: 'domcontentloaded' })
    await page.locator('.last-updated').getByRole('link', { name: 'Se endringer' }).click()
    await page.waitForURL((u) => u.pathname === `${path}/endringer`, { timeout: WAIT })
    // The entry is written after the publish's commit; the history page is current once it is readable.
    const deadline = Date.now() + 30_000
    while (!(await page.locator('.change-list__note', { hasText: changeNote }).count())) {
      if (Date.now() > deadline) throw new Error(`${path}/endringer does not list the change note: ${await page.locator('main').textContent()}`)
      await page.reload({ waitUntil: 'domcontentloaded' })
    }
    expect(await textOf(page, '.change-list__entry .change-list__note')).toBe(changeNote)
    expect(await page.locator('.change-list__entry').count()).toBe(1)
    reached = 8
  }, 120_000)

  test('9. the audit log, read by an admin, has each step with its actor: create and updates by A, the review steps, publish by B', async () => {
    after(6)
    await reader.close().catch(() => undefined)
    const admin = await openBrowser()
    browsers.push(admin)
    await loginInBrowser(admin.page, adminCredentials())
    // The details (the review's "from -> to: comment", the fields an update changed) in the order written, over REST.
    const { json } = await api<{ docs: AuditEntry[] }>(
      'GET',
      `/audit-log?where[collection][equals]=articles&where[docId][equals]=${id}&sort=id&limit=200&depth=0`,
      await loginAdmin(),
    )
    const entries = json.docs
    const listed = entries.map((e) => `${e.action} ${e.actorLabel} ${JSON.stringify(e.fields ?? [])} ${e.detail ?? ''}`)
    console.log(`[editor-journey] audit entries of the article (REST, as the admin):\n${listed.join('\n')}`)
    // The admin's own list, filtered on the document, oldest first.
    await admin.page.goto(
      `/admin/collections/audit-log?limit=100&sort=createdAt&where[or][0][and][0][collection][equals]=articles&where[or][0][and][1][docId][equals]=${id}`,
      { waitUntil: 'domcontentloaded' },
    )
    await admin.page.locator('.cell-action').first().waitFor({ timeout: WAIT })
    const rows = await admin.page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        action: (tr.querySelector('.cell-action') as HTMLElement | null)?.innerText.trim() ?? '',
        actor: (tr.querySelector('.cell-actorLabel') as HTMLElement | null)?.innerText.trim() ?? '',
        docId: (tr.querySelector('.cell-docId') as HTMLElement | null)?.innerText.trim() ?? '',
      })),
    )
    expect(new Set(rows.map((r) => r.docId))).toEqual(new Set([String(id)]))
    const shown = new Set(rows.map((r) => `${r.action} | ${r.actor}`))
    for (const expected of [`Opprettet | ${a.email}`, `Endret | ${a.email}`, `Gjennomgang | ${a.email}`, `Gjennomgang | ${b.email}`, `Publisert | ${b.email}`]) {
      expect({ expected, shown: [...shown] }).toEqual({ expected, shown: expect.arrayContaining([expected]) })
    }
    expect(shown.has(`Publisert | ${a.email}`)).toBe(false)

    const steps: { what: string; match: (e: AuditEntry) => boolean }[] = [
      { what: 'create by A (title and body in the first save)', match: (e) => e.action === 'create' && e.actorLabel === a.email },
      { what: 'A: draft -> in-review', match: (e) => e.action === 'review' && e.actorLabel === a.email && e.detail === 'draft -> in-review' },
      {
        what: 'B: in-review -> changes-requested with the comment',
        match: (e) => e.action === 'review' && e.actorLabel === b.email && e.detail === `in-review -> changes-requested: ${comment}`,
      },
      { what: 'update of the body by A (the fix, autosaved)', match: (e) => e.action === 'update' && e.actorLabel === a.email && (e.fields ?? []).includes('body') },
      { what: 'A: changes-requested -> in-review', match: (e) => e.action === 'review' && e.actorLabel === a.email && e.detail === 'changes-requested -> in-review' },
      { what: 'publish by B', match: (e) => e.action === 'publish' && e.actorLabel === b.email },
    ]
    // Each step is found after the one before it.
    let at = 0
    const missing: string[] = []
    for (const step of steps) {
      const index = entries.findIndex((e, i) => i >= at && step.match(e))
      if (index < 0) missing.push(step.what)
      else at = index + 1
    }
    expect(entries.length).toBe(rows.length)
    expect({ missing, listed }).toEqual({ missing: [], listed })
    expect(entries.filter((e) => e.action === 'publish').map((e) => e.actorLabel)).toEqual([b.email])
    reached = 9
  }, 180_000)
})
