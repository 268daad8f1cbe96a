import fs from 'node:fs'

import { describe, expect, test } from '@jest/globals'

import { api, editorToken, loginAdmin, unique, url } from './helpers/api'
import { adminCredentials, loginInBrowser } from './helpers/admin'
import { browserForSuite } from './helpers/browser'
import { readState } from './helpers/state'

// Issue 11 item 4: an editor schedules a publish in the admin's schedule drawer, and at its time the public
// page shows it with nobody acting: the server's own job runner (autoRun, every second) runs the job, the job's
// publish is announced to the site (src/invalidation), and the next request renders the page anew.
// The drawer chooses a minute (its time list, one entry a minute), so the publish is at the next full minute at
// least a few seconds ahead, not exactly 5 s ahead.

type Id = number | string
type Job = { id: Id; waitUntil: string; input: { type: string; doc: { value: string } } }

async function reviewedDraft(title: string): Promise<{ id: Id; slug: string }> {
  // Written by an editor and sent for review: the admin who schedules it is the second pair of eyes.
  const editor = await editorToken()
  const created = await api<{ doc: { id: Id; slug: string } }>('POST', '/articles?draft=true&locale=nb', editor, {
    title,
    lead: 'Planlagt publisering i nettleseren.',
    changeNote: 'Ny artikkel, publisert på et planlagt tidspunkt.',
    _status: 'draft',
  })
  expect(created.status).toBe(201)
  const sent = await api('POST', '/workflow/transition', editor, { collection: 'articles', id: created.json.doc.id, to: 'in-review' })
  expect(sent.status).toBe(200)
  return created.json.doc
}

/** The server's log lines about scheduling (a refusal the drawer does not show). */
const schedulingLog = () => fs.readFileSync(readState().logFile, 'utf8').split('\n').filter((line) => line.includes('[scheduling]'))

async function scheduledJob(admin: string, id: Id): Promise<Job | undefined> {
  const jobs = await api<{ docs: Job[] }>('GET', `/payload-jobs?depth=0&limit=20&where[taskSlug][equals]=schedulePublish&where[input.doc.value][equals]=${id}`, admin)
  expect(jobs.status).toBe(200)
  return jobs.json.docs[0]
}

/** The article's public page, uncached by the test: status and whether it shows the title. */
async function publicPage(slug: string, title: string): Promise<boolean> {
  const res = await fetch(url(`/artikler/${slug}`), { redirect: 'manual' })
  const html = await res.text()
  return res.status === 200 && html.includes(title)
}

describe('a scheduled publish appears on the site at its time without anyone acting', () => {
  const browser = browserForSuite()

  test('scheduled in the drawer, shown on the public page once its minute has come', async () => {
    const title = `Planlagt i nettleseren ${unique()}`
    const article = await reviewedDraft(title)
    expect(await publicPage(article.slug, title)).toBe(false)

    const { page } = browser
    await loginInBrowser(page, adminCredentials())
    await page.goto(`/admin/collections/articles/${article.id}?locale=nb`, { waitUntil: 'domcontentloaded' })
    const publish = page.locator('#action-save')
    await publish.waitFor({ timeout: 60_000 })
    await publish.locator('xpath=..').locator('.popup-button').click()
    await page.locator('#schedule-publish').click()

    const drawer = page.locator('.schedule-publish')
    await drawer.getByText(/^Publiser(e)?$/).click()
    await drawer.locator('.date-time-picker input').click()
    // Today in the calendar, then the first minute of the time list at least 8 s ahead (today's earlier minutes
    // are disabled once the day is chosen).
    await drawer.locator('.react-datepicker__day--today').click()
    const items = drawer.locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
    await items.first().waitFor({ timeout: 10_000 })
    const now = new Date()
    const secondsLeft = 60 - now.getSeconds()
    await items.nth(secondsLeft >= 8 ? 0 : 1).click()
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('Planlegging vellykket.').first().waitFor({ timeout: 30_000 })

    const admin = await loginAdmin()
    const job = await scheduledJob(admin, article.id)
    if (!job) console.log(`[e2e] no job; the server said: ${schedulingLog().join('\n') || 'nothing'}`)
    expect(job).toMatchObject({ input: { type: 'publish' } })
    const scheduledAt = new Date(job!.waitUntil).getTime()
    expect(scheduledAt).toBeGreaterThan(Date.now())
    expect(scheduledAt - Date.now()).toBeLessThan(2 * 60_000)
    // The drawer lists it as an upcoming event.
    await drawer.locator('.schedule-publish__upcoming table').waitFor({ timeout: 10_000 })

    // Nobody acts from here on: poll the public page.
    let shownAt = 0
    while (Date.now() < scheduledAt + 60_000) {
      if (await publicPage(article.slug, title)) {
        shownAt = Date.now()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(shownAt).toBeGreaterThan(0)
    expect(shownAt).toBeGreaterThanOrEqual(scheduledAt)
    const doc = await api<{ _status: string }>('GET', `/articles/${article.id}?depth=0`, admin)
    expect(doc.json._status).toBe('published')
    // The job's publish: the first published version's write.
    const versions = await api<{ docs: { createdAt: string }[] }>(
      'GET',
      `/articles/versions?depth=0&sort=createdAt&limit=1&where[parent][equals]=${article.id}&where[version._status][equals]=published`,
      admin,
    )
    const publishedAt = new Date(versions.json.docs[0]!.createdAt).getTime()
    console.log(
      `[e2e] scheduled publish from the drawer: shown on /artikler/${article.slug} ${shownAt - scheduledAt} ms after its scheduled time, ` +
        `${shownAt - publishedAt} ms after the job's publish was written`,
    )
    // The bound: every page that shows the change is current within 1 s of the job's run.
    expect(shownAt - publishedAt).toBeLessThanOrEqual(1000)
    expect(await scheduledJob(admin, article.id)).toBeUndefined()
  }, 300_000)

  test('the editorial dashboard shows its sections to staff, with a scheduled publish and its cancel button', async () => {
    const title = `På oversikten ${unique()}`
    const article = await reviewedDraft(title)
    const { page } = browser
    await page.goto(`/admin/collections/articles/${article.id}?locale=nb`, { waitUntil: 'domcontentloaded' })
    const publish = page.locator('#action-save')
    await publish.waitFor({ timeout: 60_000 })
    await publish.locator('xpath=..').locator('.popup-button').click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.getByText(/^Publiser(e)?$/).click()
    await drawer.locator('.date-time-picker input').click()
    await drawer.locator('.react-datepicker__day--today').click()
    // Up to an hour ahead (today's last minute at the latest): well after this test.
    const later = drawer.locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
    await later.first().waitFor({ timeout: 10_000 })
    await later.nth(Math.min(60, (await later.count()) - 1)).click()
    await drawer.locator('#scheduled-publish-save').click()
    await page.getByText('Planlegging vellykket.').first().waitFor({ timeout: 30_000 })

    await page.goto('/admin', { waitUntil: 'domcontentloaded' })
    await page.getByRole('heading', { level: 1, name: 'Redaksjonens oversikt' }).waitFor({ timeout: 60_000 })
    for (const name of [
      'Venter på min gjennomgang',
      'Mine utkast',
      'Planlagt publisering',
      'Faglig gjennomgang: forfalt eller innen 30 dager',
      'Publisert siste 14 dager',
      'Feilede jobber og e-poster',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) }).count()).resolves.toBe(1)
    }
    const scheduled = page.getByRole('region', { name: /^Planlagt publisering/ })
    const row = scheduled.getByRole('row').filter({ hasText: title })
    await row.waitFor({ timeout: 10_000 })
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Publiseres')
    // The article was sent for review by its editor, so it waits for the admin's review too.
    await expect(page.getByRole('region', { name: /^Venter på min gjennomgang/ }).getByRole('link', { name: title }).count()).resolves.toBe(1)

    await row.getByRole('button', { name: `Avbryt planen for «${title}»` }).click()
    await row.getByText('Avbrutt').waitFor({ timeout: 10_000 })
    const admin = await loginAdmin()
    expect(await scheduledJob(admin, article.id)).toBeUndefined()
  }, 300_000)
})
