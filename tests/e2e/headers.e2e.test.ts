import type { AddressInfo } from 'node:net'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'

import { FORM_STATE_COOKIE, sealFormState } from '@/registration/formState'

import { api, loginAdmin, unique, url } from './helpers/api'
import { adminCredentials, loginInBrowser } from './helpers/admin'
import { openBrowser } from './helpers/browser'
import { to, waitForMail } from './helpers/mail'
import { readState } from './helpers/state'

const PUBLIC_PAGES = ['/', '/leverandorer', '/leverandorer?gruppe=leger', '/nn/takster', '/en/forskning', '/sok?q=video', '/tilgjengelighet']

describe('HTTP contract of the public site', () => {
  test('security headers on every public page; CSP without unsafe-eval, framed only by the site itself', async () => {
    for (const path of [...PUBLIC_PAGES, '/finnes-ikke']) {
      const res = await fetch(url(path))
      const csp = res.headers.get('content-security-policy') ?? ''
      expect({ path, csp: csp.includes("frame-ancestors 'self'") }).toEqual({ path, csp: true })
      expect(csp).not.toContain('unsafe-eval')
      expect(csp).toContain("object-src 'none'")
      expect(res.headers.get('strict-transport-security')).toContain('max-age=')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    }
  })

  test('public pages run no inline script and say so in their CSP; a session keeps the runtime and its inline scripts', async () => {
    for (const path of [...PUBLIC_PAGES, '/finnes-ikke', '/leverandorer/finnes-ikke']) {
      const res = await fetch(url(path))
      const html = await res.text()
      const scriptSrc = /script-src [^;]*/.exec(res.headers.get('content-security-policy') ?? '')?.[0]
      expect({ path, scriptSrc }).toEqual({ path, scriptSrc: "script-src 'self'" })
      expect({ path, runtime: /__next_f|\/_next\/static\/chunks\/[^"]*\.js/.test(html) }).toEqual({ path, runtime: false })
    }
    const editor = await fetch(url('/'), { headers: { cookie: 'payload-token=abc' } })
    expect(await editor.text()).toContain('self.__next_f')
    expect(editor.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-inline'")
  })

  test('made-up addresses (cached 404s, filter values) leave no file behind: the run-time cache is memory only', async () => {
    const made = `oppdiktet-${Date.now().toString(36)}`
    for (const path of [`/leverandorer/${made}`, `/en/artikler/${made}`, `/leverandorer?gruppe=${made}`]) {
      expect((await fetch(url(path))).status).toBeLessThan(500)
      expect((await fetch(url(path))).headers.get('x-nextjs-cache')).toMatch(/HIT|MISS|STALE/)
    }
    // Next writes run-time ISR entries under .next/server (route-cache/ in Next 16) when it flushes to disk.
    const files = fs.readdirSync(path.join(process.cwd(), '.next/server'), { recursive: true }).map(String)
    expect(files.filter((f) => f.includes(made))).toEqual([])
    // The build's own pages are still there (the check looks in the right place).
    expect(files.some((f) => f.endsWith('_not-found.html'))).toBe(true)
  })

  test('pages are compressed for browsers, brotli first', async () => {
    const res = await fetch(url('/'), { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })
    expect(res.headers.get('content-encoding')).toBe('br')
    expect(await res.text()).toContain('<h1')
  })

  test("the admin's colour-scheme client hints stay in the admin: no second request for a first page, no Vary on the site", async () => {
    for (const path of PUBLIC_PAGES) {
      const res = await fetch(url(path))
      expect({ path, critical: res.headers.get('critical-ch'), acceptCh: res.headers.get('accept-ch') }).toEqual({ path, critical: null, acceptCh: null })
      expect(res.headers.get('vary') ?? '').not.toContain('Sec-CH-Prefers-Color-Scheme')
    }
    const admin = await fetch(url('/admin/login'))
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  test('a CDN may keep public pages (s-maxage with stale-while-revalidate), never with a Payload session', async () => {
    for (const path of PUBLIC_PAGES) {
      const cc = (await fetch(url(path))).headers.get('cache-control') ?? ''
      expect({ path, cc: /s-maxage=\d+/.test(cc) && /stale-while-revalidate=\d+/.test(cc) }).toEqual({ path, cc: true })
      const withSession = (await fetch(url(path), { headers: { cookie: 'payload-token=abc' } })).headers.get('cache-control') ?? ''
      expect(withSession).toContain('private')
      expect(withSession).toContain('no-store')
    }
    const health = await fetch(url('/api/health'))
    expect(health.status).toBe(200)
    expect(health.headers.get('cache-control') ?? '').not.toContain('s-maxage')
  })

  test("what a cookie or a link's token shows is never kept by a shared cache; /for-leverandorer is cached like the other pages", async () => {
    const privately = async (path: string, init?: RequestInit) => {
      const res = await fetch(url(path), { redirect: 'manual', ...init })
      const cc = res.headers.get('cache-control') ?? ''
      expect({ path, status: res.status < 500, private: cc.includes('private') && cc.includes('no-store'), shared: /public|s-maxage/.test(cc) }).toEqual({ path, status: true, private: true, shared: false })
      return res
    }
    // The registration form shows a refused post's values from its cookie: a registrant's address, name and organisation.
    const email = `registrant-${unique()}@e2e.example.no`
    // Sealed as the server seals it, under Payload's secret (derived from PAYLOAD_SECRET as Payload derives it).
    const payloadSecret = crypto.createHash('sha256').update(readState().secret).digest('hex').slice(0, 32)
    const sealed = sealFormState(payloadSecret, { problems: { organisationNumber: 'org-number-digits' }, values: { email, contactName: 'Rita Registrant', organisationName: 'Rita Video AS' } })
    for (const lang of ['', '/nn', '/en']) {
      const form = await privately(`${lang}/for-leverandorer/registrer`, { headers: { cookie: `${FORM_STATE_COOKIE}=${sealed}` } })
      expect(await form.text()).toContain(email)
      await privately(`${lang}/for-leverandorer/registrer`)
      await privately(`${lang}/for-leverandorer/registrer/sjekk-e-posten`)
      const info = (await fetch(url(`${lang}/for-leverandorer`))).headers.get('cache-control') ?? ''
      expect({ lang, cached: /s-maxage=\d+/.test(info) && /stale-while-revalidate=\d+/.test(info) }).toEqual({ lang, cached: true })
    }

    // An invitation's page shows the invited address; a link that does not work is private too.
    const admin = await loginAdmin()
    const organisation = await api<{ doc: { id: number } }>('POST', '/vendor-organisations', admin, { name: `Hodeinvitert ${unique()} AS` })
    const invited = `hodeinvitert-${unique()}@e2e.example.no`
    expect((await api('POST', '/vendor-invitations', admin, { email: invited, owner: organisation.json.doc.id })).status).toBe(201)
    const token = /\/invitasjon\/([A-Za-z0-9_-]{43})$/m.exec((await waitForMail(to(invited))).text)?.[1]
    expect(token).toBeDefined()
    for (const lang of ['', '/nn', '/en']) {
      const opened = await privately(`${lang}/invitasjon/${token}`)
      expect({ status: opened.status, shows: (await opened.text()).includes(invited), robots: opened.headers.get('x-robots-tag') }).toEqual({ status: 200, shows: true, robots: 'noindex, nofollow' })
      expect((await privately(`${lang}/invitasjon/${'x'.repeat(43)}`)).status).toBe(410)
    }

    // A share link, the preview's entry and exit, and the subscription links (a token in the address, or a session).
    expect((await privately(`/delt/${'x'.repeat(43)}`)).status).toBe(410)
    await privately('/preview?path=/', { headers: { 'sec-fetch-site': 'same-origin' } })
    await privately('/preview/exit?path=/')
    for (const lang of ['', '/nn', '/en']) {
      await privately(`${lang}/abonner/bekreft?token=${'x'.repeat(43)}`)
      await privately(`${lang}/abonner/avslutt?token=${'x'.repeat(43)}`)
    }
  })

  test('the admin and the API may be framed by the site itself only (CSP frame-ancestors and X-Frame-Options)', async () => {
    for (const path of ['/admin', '/admin/login', '/admin/collections/articles', '/api/health', '/api/articles?limit=1', ...PUBLIC_PAGES]) {
      const res = await fetch(url(path))
      const csp = res.headers.get('content-security-policy') ?? ''
      expect({ path, frameAncestors: /frame-ancestors 'self'(;|$)/.test(csp), xfo: res.headers.get('x-frame-options') }).toEqual({
        path,
        frameAncestors: true,
        xfo: 'SAMEORIGIN',
      })
    }
    const admin = (await fetch(url('/admin/login'))).headers.get('content-security-policy') ?? ''
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(admin).toContain(directive)
    expect(admin).not.toContain('unsafe-eval')
    // API answers are data, never documents to run: a stored file opened directly gets no script at all.
    expect((await fetch(url('/api/health'))).headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })

  test("the admin's login, an edit view and live preview's frame of the site run with no CSP violation; another origin cannot frame the admin", async () => {
    const browser = await openBrowser()
    const violations: string[] = []
    browser.page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${browser.page.url()}: ${m.text()}`)
    })
    try {
      const { page } = browser
      await loginInBrowser(page, adminCredentials(), '/admin/login')

      const found = await api<{ docs: { id: number }[] }>('GET', '/articles?limit=1&depth=0', await loginAdmin())
      await page.goto(`/admin/collections/articles/${found.json.docs[0]!.id}`, { waitUntil: 'domcontentloaded' })
      await page.locator('input[name="title"]').first().waitFor({ timeout: 60_000 })
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {})

      // What live preview does: the admin frames a page of the site from the same origin.
      const framed = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const frame = document.createElement('iframe')
            frame.src = '/'
            frame.onload = () => resolve(frame.contentDocument?.querySelector('h1')?.textContent ?? '')
            document.body.append(frame)
          }),
      )
      expect(framed.length).toBeGreaterThan(0)
      expect(violations).toEqual([])

      // Another origin (127.0.0.1 is not localhost) framing the admin gets nothing of it.
      const framer = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.end(`<iframe src="${url('/admin/login')}"></iframe>`)
      })
      await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
      try {
        await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`)
        await page.waitForTimeout(5000)
        const frame = page.frames().find((f) => f !== page.mainFrame())
        const shown = await frame?.evaluate(() => document.querySelector('input[name="email"]') !== null).catch(() => false)
        expect(shown).toBe(false)
      } finally {
        framer.close()
      }
    } finally {
      await browser.close()
    }
  }, 180_000)

  test('the admin and the API still work next to the site', async () => {
    const admin = await fetch(url('/admin'))
    expect(admin.status).toBe(200)
    expect(admin.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/)
    expect(await (await fetch(url('/api/health'))).json()).toMatchObject({ status: 'ok' })
  })

  test('bokmål has no prefix: /nb/... redirects to the unprefixed address, query kept', async () => {
    const res = await fetch(url('/nb/leverandorer?type=standalone'), { redirect: 'manual' })
    expect(res.status).toBe(308)
    expect(res.headers.get('location')).toBe('/leverandorer?type=standalone')
    expect((await fetch(url('/nb'), { redirect: 'manual' })).headers.get('location')).toBe('/')
  })

  test('robots.txt keeps crawlers out of /admin and /api and points at the sitemap', async () => {
    const body = await (await fetch(url('/robots.txt'))).text()
    expect(body).toContain('Disallow: /admin')
    expect(body).toContain('Disallow: /api')
    expect(body).toContain(`Sitemap: ${url('/sitemap.xml')}`)
  })

  test('the sitemap lists the published pages in all three languages with hreflang alternates', async () => {
    const body = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of ['/', '/leverandorer', '/takster', '/forskning', '/tilgjengelighet', '/nn', '/en/takster']) {
      expect(body).toContain(`<loc>${url(path)}</loc>`)
    }
    expect(body).toContain('hreflang="nn"')
    expect(body).not.toContain('/sok')
  })

  test('canonical and Open Graph addresses use SERVER_URL', async () => {
    const html = await (await fetch(url('/nn/takster'))).text()
    expect(html).toContain(`<link rel="canonical" href="${url('/nn/takster')}"/>`)
    expect(html).toContain(`<meta property="og:url" content="${url('/nn/takster')}"/>`)
    expect(html).toContain('<meta property="og:locale" content="nn_NO"/>')
  })
})
