import { expect, it } from '@jest/globals'

import { adminCredentials, loginInBrowser } from './helpers/admin'
import { api, loginAdmin, unique, url } from './helpers/api'
import { browserForSuite, openBrowser } from './helpers/browser'
import { to, waitForMail } from './helpers/mail'

const WAIT = 60_000

/** Opens a Payload relationship field (react-select) by its path and picks the option with this label. */
async function pick(page: import('playwright-core').Page, path: string, option: string) {
  const field = page.locator(`#field-${path}`)
  await field.locator('.rs__control').click()
  await page.keyboard.type(option.slice(0, 12))
  await page.locator('.rs__option', { hasText: option }).first().click({ timeout: WAIT })
  await field.locator('.rs__single-value', { hasText: option }).first().waitFor({ timeout: WAIT })
}

const staff = browserForSuite()

it('an editor invites a person in the admin; the person accepts from the mail, without JavaScript, and logs in as a vendor of that organisation', async () => {
  const admin = await loginAdmin()
  const organisation = `Invitert Video ${unique()} AS`
  const created = await api('POST', '/vendor-organisations', admin, { name: organisation })
  expect(created.status).toBe(201)
  const email = `invitert-${unique()}@e2e.example.no`

  const { page } = staff
  await loginInBrowser(page, adminCredentials())
  await page.goto('/admin/collections/vendor-invitations/create', { waitUntil: 'domcontentloaded' })
  await page.getByText('Inviter en person til en leverandørorganisasjon').first().waitFor({ timeout: WAIT })
  await page.fill('#field-email', email)
  await pick(page, 'owner', organisation)
  await page.getByRole('button', { name: 'Lagre' }).first().click()
  await page.waitForURL(/\/admin\/collections\/vendor-invitations\/\d+/, { timeout: WAIT })

  const mail = await waitForMail(to(email))
  expect(mail.subject).toBe(`Invitasjon til ${organisation} i Videoveileder`)
  const link = /^(https?:\/\/\S+\/invitasjon\/[A-Za-z0-9_-]{43})$/m.exec(mail.text)?.[1]
  expect(link).toBeDefined()
  expect(link!.startsWith(url('/invitasjon/'))).toBe(true)

  // The invited person: another browser, no JavaScript, the plain form.
  const person = await openBrowser({ javaScriptEnabled: false })
  try {
    const opened = await person.page.goto(link!, { waitUntil: 'domcontentloaded' })
    expect(opened?.status()).toBe(200)
    await person.page.getByRole('heading', { name: `Bli med i ${organisation}` }).waitFor()
    await person.page.fill('#passord', 'kort')
    const [refused] = await Promise.all([
      person.page.waitForResponse((r) => r.request().method() === 'POST', { timeout: WAIT }),
      person.page.getByRole('button', { name: 'Lag konto' }).click(),
    ])
    expect({ status: refused.status(), summary: (await refused.text()).includes('For å gå videre må du rette opp følgende feil:') }).toEqual({ status: 400, summary: true })
    await person.page.getByText('For å gå videre må du rette opp følgende feil:').waitFor()
    expect(await person.page.locator('#navn').getAttribute('aria-invalid')).toBe('true')

    const password = `Ny-kollega-${unique()}-passord`
    await person.page.fill('#navn', 'Inga Invitert')
    await person.page.fill('#passord', password)
    await person.page.getByRole('button', { name: 'Lag konto' }).click()
    await person.page.waitForURL(/\/admin\/login\?invitasjon=godtatt$/, { timeout: WAIT })

    const again = await person.page.goto(link!, { waitUntil: 'domcontentloaded' })
    expect(again?.status()).toBe(410)

    const vendor = await openBrowser()
    try {
      await vendor.page.goto('/admin/login?invitasjon=godtatt', { waitUntil: 'domcontentloaded' })
      await vendor.page.getByText('Kontoen er klar. Logg inn med e-postadressen og passordet du valgte.').waitFor({ timeout: WAIT })
      await vendor.page.fill('input[name="email"]', email)
      await vendor.page.fill('input[name="password"]', password)
      await vendor.page.click('button[type="submit"]')
      // The vendor's own admin (its start page; what it lists is the vendor area's): the login is behind it.
      await vendor.page.waitForURL((address) => address.pathname.startsWith('/admin') && !address.pathname.startsWith('/admin/login'), { timeout: WAIT })
    } finally {
      await vendor.close()
    }

    const token = (await api<{ token: string }>('POST', '/users/login', undefined, { email, password })).json.token
    const me = await api<{ user: { roles: string[]; organisation: { name: string } } }>('GET', '/users/me?depth=1', token)
    expect(me.json.user.roles).toEqual(['vendor'])
    expect(me.json.user.organisation.name).toBe(organisation)
  } finally {
    await person.close()
  }
}, 240_000)

it('asks crawlers to keep out of invitation links in every language', async () => {
  const robots = await (await fetch(url('/robots.txt'))).text()
  for (const path of ['/invitasjon/', '/nn/invitasjon/', '/en/invitasjon/']) expect(robots).toContain(`Disallow: ${path}\n`)
})
