import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { loginInBrowser, type Credentials } from './helpers/admin'
import { api, login, loginAdmin, unique, url, withoutSecondPairOfEyes } from './helpers/api'
import { browserForSuite } from './helpers/browser'
import { otherArticle } from './helpers/pages'

// Not about the review workflow: the admin publishes its own changes, with the second pair of eyes off.
withoutSecondPairOfEyes()

type ArticleDoc = { id: number; lead: string }

const BYPASS = '__prerender_bypass'

describe('draft mode: an editor sees drafts on the site, nobody else does', () => {
  const browser = browserForSuite()
  let admin: string
  let editor: Credentials
  let editorToken: string
  let slug: string
  let article: ArticleDoc
  let marker: string

  beforeAll(async () => {
    admin = await loginAdmin()
    editor = { email: `editor-${unique()}@e2e.example.no`, password: `Ed-${unique()}-${unique()}` }
    const created = await api('POST', '/users', admin, { ...editor, name: 'Forhåndsviser', roles: ['editor'] })
    expect(created.status).toBe(201)
    editorToken = await login(editor.email, editor.password)
    slug = (await otherArticle()).nb
    const found = await api<{ docs: ArticleDoc[] }>('GET', `/articles?where[slug][equals]=${slug}&depth=0&locale=nb`, admin)
    article = found.json.docs[0]!
    marker = `Utkasttekst ${unique()}`
    // A draft over the published article: the public keeps the published version.
    const draft = await api('PATCH', `/articles/${article.id}?draft=true&locale=nb`, editorToken, { lead: `${article.lead} ${marker}`, _status: 'draft' })
    expect(draft.status).toBe(200)
  }, 60_000)

  afterAll(async () => {
    await api('PATCH', `/articles/${article.id}?locale=nb`, admin, { lead: article.lead, _status: 'published', changeNote: 'E2E-endring' })
  })

  test('the public page shows the published text, not the draft', async () => {
    const body = await (await fetch(url(`/artikler/${slug}`))).text()
    expect(body).not.toContain(marker)
    expect(body).toContain(article.lead.slice(0, 40))
  })

  test('an editor who enters draft mode sees the draft text on the article page, and leaves it again', async () => {
    const { page, context } = browser
    await loginInBrowser(page, editor)
    await page.goto(`/preview?path=${encodeURIComponent(`/artikler/${slug}`)}`)
    expect(new URL(page.url()).pathname).toBe(`/artikler/${slug}`)
    expect(await page.locator('main').textContent()).toContain(marker)
    expect((await context.cookies()).some((c) => c.name === BYPASS)).toBe(true)

    await page.goto(`/preview/exit?path=${encodeURIComponent(`/artikler/${slug}`)}`)
    expect(new URL(page.url()).pathname).toBe(`/artikler/${slug}`)
    expect((await context.cookies()).some((c) => c.name === BYPASS)).toBe(false)
    expect(await page.locator('main').textContent()).not.toContain(marker)
  }, 120_000)

  test("a reader with the editor's draft-mode cookie (copied) or a forged one sees only the published text", async () => {
    const { page, context } = browser
    await page.goto(`/preview?path=${encodeURIComponent(`/artikler/${slug}`)}`)
    expect(await page.locator('main').textContent()).toContain(marker)
    const copied = (await context.cookies()).find((c) => c.name === BYPASS)!.value
    for (const value of [copied, `${unique()}${unique()}`]) {
      const res = await fetch(url(`/artikler/${slug}`), { headers: { Cookie: `${BYPASS}=${value}`, 'Sec-Fetch-Site': 'none' } })
      expect(res.status).toBe(200)
      const body = await res.text()
      expect(body).not.toContain(marker)
      expect(body).toContain(article.lead.slice(0, 40))
    }
  }, 60_000)

  // Dot segments that a URL parser collapses into `//evil.example`.
  const collapsing = [['/.//evil.example'], ['/x/..//evil.example'], ['/%2e%2e//evil.example'], ['/%2F/evil.example']]

  test.each([['//evil.example'], ['/\\evil.example'], ['https://evil.example/'], ['evil.example'], ['/\t/evil.example'], ['/admin'], ...collapsing])(
    'refuses %j as a target, even with a valid session, and sets no cookie',
    async (target) => {
      const res = await fetch(url(`/preview?path=${encodeURIComponent(target)}`), { redirect: 'manual', headers: { Authorization: `JWT ${editorToken}` } })
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      expect(res.headers.get('set-cookie')).toBeNull()
    },
  )

  test.each(collapsing)('the exit, which needs no session, sends %j home instead', async (target) => {
    const res = await fetch(url(`/preview/exit?path=${encodeURIComponent(target)}`), { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/')
  })

  test.each([['cross-site'], ['same-site']])('a request another site started (Sec-Fetch-Site: %s) gets 403 and no cookie, even with a valid session', async (site) => {
    const res = await fetch(url(`/preview?path=${encodeURIComponent(`/artikler/${slug}`)}`), {
      redirect: 'manual',
      headers: { Authorization: `JWT ${editorToken}`, 'Sec-Fetch-Site': site },
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('location')).toBeNull()
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  test.each([['same-origin'], ['none']])('a request started here (Sec-Fetch-Site: %s) enters draft mode', async (site) => {
    const res = await fetch(url(`/preview?path=${encodeURIComponent(`/artikler/${slug}`)}`), {
      redirect: 'manual',
      headers: { Authorization: `JWT ${editorToken}`, 'Sec-Fetch-Site': site },
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/artikler/${slug}`)
    expect(res.headers.get('set-cookie')).toContain(`${BYPASS}=`)
  })

  test('a valid session and target: draft mode on, and on to that page', async () => {
    const res = await fetch(url(`/preview?path=${encodeURIComponent(`/artikler/${slug}`)}`), { redirect: 'manual', headers: { Authorization: `JWT ${editorToken}` } })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/artikler/${slug}`)
    expect(res.headers.get('set-cookie')).toContain(`${BYPASS}=`)
  })

  test('without a session: to the login and back, and no cookie', async () => {
    for (const headers of [{}, { Authorization: `JWT ${editorToken}x` }] as Record<string, string>[]) {
      const res = await fetch(url('/preview?path=%2F'), { redirect: 'manual', headers })
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe(`/admin/login?redirect=${encodeURIComponent('/preview?path=%2F')}`)
      expect(res.headers.get('set-cookie')).toBeNull()
    }
  })
})
