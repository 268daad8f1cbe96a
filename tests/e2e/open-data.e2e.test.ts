import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, categories, editorToken, loginAdmin, unique, url, vendorsAsPublicAndStaff, withoutSecondPairOfEyes } from './helpers/api'

// Not about the review workflow: the admin publishes the test's own vendor, with the second pair of eyes off.
withoutSecondPairOfEyes()

// The bound from an approval to the public data, as for the pages.
const BUDGET_MS = 1000
const POLL_MS = 50
const NLOD = 'https://data.norge.no/nlod/no/2.0'

type Item = Record<string, unknown> & { id: number; slug: string; name: string }
type Envelope = { licence: { name: string; url: string }; generatedAt: string; source: string; documentation: string; count: number; items: Item[] }

const VENDOR_KEYS = [
  'attestations',
  'company',
  'confirmationDueAt',
  'confirmationOverdue',
  'confirmedAt',
  'features',
  'id',
  'lastMajorChangeAt',
  'name',
  'organisationNumber',
  'professionGroups',
  'shortDescription',
  'slug',
  'solutionType',
  'url',
]
const TARIFF_KEYS = ['code', 'description', 'effectiveFrom', 'effectiveTo', 'id', 'professionGroups', 'professions', 'sourceUrl', 'status', 'title', 'url']

async function getJson(path: string): Promise<Envelope> {
  const res = await fetch(url(path))
  expect({ path, status: res.status }).toEqual({ path, status: 200 })
  return (await res.json()) as Envelope
}

/** A strict RFC 4180 reader (quoted fields, CRLF records), as a spreadsheet or a data tool reads the file. */
function readCsv(text: string): Record<string, string>[] {
  const records: string[][] = []
  let i = 0
  while (i < text.length) {
    const record: string[] = []
    for (;;) {
      if (text[i] !== '"') throw new Error(`unquoted field at ${i}`)
      let value = ''
      for (i++; ; ) {
        if (i >= text.length) throw new Error('unterminated field')
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), (i += 2)
        else if (text[i] === '"') break
        else value += text[i++]
      }
      i++
      record.push(value)
      if (text[i] === ',') {
        i++
        continue
      }
      if (text.slice(i, i + 2) !== '\r\n') throw new Error(`no CRLF after a record at ${i}`)
      i += 2
      break
    }
    records.push(record)
  }
  const [header, ...rows] = records
  for (const row of rows) expect(row).toHaveLength(header!.length)
  return rows.map((row) => Object.fromEntries(header!.map((name, j) => [name, row[j]!])))
}

/** The vendors a directory page shows (each card's data-vendor), sorted. */
async function pageSlugs(path: string): Promise<string[]> {
  const res = await fetch(url(path))
  expect({ path, status: res.status }).toEqual({ path, status: 200 })
  return [...(await res.text()).matchAll(/data-vendor="([^"]+)"/g)].map((m) => m[1]!).sort()
}

const slugsOf = (envelope: Envelope) => envelope.items.map((i) => i.slug).sort()

/** A valid organisation number (mod 11) no other test uses: 9 and seven random digits, then the check digit. */
function randomOrganisationNumber(): string {
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))]
    const rest = digits.reduce((sum, d, i) => sum + d * [3, 2, 7, 6, 5, 4, 3, 2][i]!, 0) % 11
    const check = rest === 0 ? 0 : 11 - rest
    if (check !== 10) return [...digits, check].join('')
  }
}

describe('the directory and the tariffs as open data', () => {
  let publishedSlugs: string[]

  beforeAll(async () => {
    publishedSlugs = (await vendorsAsPublicAndStaff()).published.map((v) => v.slug).sort()
  })

  test('/leverandorer.json is every approved vendor with the documented fields, the licence in the body and the Link header, cached as the pages', async () => {
    const res = await fetch(url('/leverandorer.json'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('link')).toContain(`<${NLOD}>; rel="license"`)
    const page = await fetch(url('/leverandorer'))
    expect(res.headers.get('cache-control')).toBe(page.headers.get('cache-control'))
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/)
    const data = (await res.json()) as Envelope
    expect(data.licence).toEqual({ name: 'Norsk lisens for offentlige data (NLOD) 2.0', url: NLOD })
    expect(Date.now() - new Date(data.generatedAt).getTime()).toBeLessThan(60_000)
    expect(data.source).toBe(url('/leverandorer'))
    expect(data.documentation).toBe(url('/apne-data'))
    expect(data.count).toBe(data.items.length)
    expect(slugsOf(data)).toEqual(publishedSlugs)
    const groups = await categories('nb')
    for (const item of data.items) {
      expect(Object.keys(item).sort()).toEqual(VENDOR_KEYS)
      expect(item.url).toBe(url(`/leverandorer/${item.slug}`))
      for (const g of item.professionGroups as { slug: string; name: string }[]) expect(groups).toContainEqual(expect.objectContaining({ slug: g.slug, name: g.name }))
      expect((item.attestations as unknown[]).length).toBe(5)
    }
    // The seed's vendors have owners (names, no numbers yet); the approval test below checks a number.
    expect(data.items.some((i) => typeof i.company === 'string')).toBe(true)
    for (const item of data.items) expect(item.organisationNumber === null || /^\d{9}$/.test(String(item.organisationNumber))).toBe(true)
  })

  test('/leverandorer.csv has the same vendors as RFC 4180 CSV in UTF-8, offered as a file, with the licence header', async () => {
    const res = await fetch(url('/leverandorer.csv'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="leverandorer.csv"')
    expect(res.headers.get('link')).toContain(`<${NLOD}>; rel="license"`)
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await res.arrayBuffer())
    expect(text.startsWith('"id","name","slug","url",')).toBe(true)
    const rows = readCsv(text)
    const json = await getJson('/leverandorer.json')
    expect(rows.map((r) => r.slug).sort()).toEqual(slugsOf(json))
    const first = json.items[0]!
    const row = rows.find((r) => r.slug === first.slug)!
    expect(row.name).toBe(first.name)
    expect(row.professionGroups).toBe((first.professionGroups as { slug: string }[]).map((g) => g.slug).join(';'))
    expect(row['features.browserBased']).toBe(String((first.features as Record<string, boolean>).browserBased))
  })

  test('/takster.json and .csv list every published tariff with the state /takster shows it in today', async () => {
    const published = await api<{ docs: { id: number; code: string }[] }>('GET', '/tariffs?limit=200&depth=0')
    const data = await getJson('/takster.json')
    expect(data.items.map((t) => t.id).sort()).toEqual(published.json.docs.map((t) => t.id).sort())
    expect(data.count).toBe(published.json.docs.length)
    for (const item of data.items) expect(Object.keys(item).sort()).toEqual(TARIFF_KEYS)
    const page = await (await fetch(url('/takster'))).text()
    const shown = new Map([...page.matchAll(/id="takst-(\d+)"[^>]*data-status="(\w+)"/g)].map((m) => [Number(m[1]), m[2]]))
    expect(shown.size).toBe(data.items.length)
    for (const item of data.items) expect({ id: item.id, status: item.status }).toEqual({ id: item.id, status: shown.get(item.id) })
    expect(data.items.map((i) => i.status)).toEqual(expect.arrayContaining(['current', 'expired']))

    const res = await fetch(url('/takster.csv'))
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="takster.csv"')
    expect(res.headers.get('link')).toContain(`<${NLOD}>; rel="license"`)
    const rows = readCsv(await res.text())
    expect(rows.map((r) => Number(r.id)).sort()).toEqual(data.items.map((t) => t.id).sort())
    for (const row of rows) expect(row.status).toBe(data.items.find((t) => t.id === Number(row.id))!.status)
  })

  test.each([
    '?gruppe=leger',
    '?type=standalone&nettleser=1',
    '?gruppe=psykologer-psykiatere&type=epj-integrated',
    '?helsenorge=1&helsenett=1',
    '?gruppe=doctors',
    '?gruppe=&type=&nettleser=1',
  ])('the filter %s gives the same vendors as the directory page with that filter', async (query) => {
    const [json, page] = await Promise.all([getJson(`/leverandorer.json${query}`), pageSlugs(`/leverandorer${query}`)])
    expect(slugsOf(json)).toEqual(page)
    const csv = readCsv(await (await fetch(url(`/leverandorer.csv${query}`))).text())
    expect(csv.map((r) => r.slug).sort()).toEqual(page)
  })

  test('a filter the directory does not have is refused with 400 and a Norwegian reason, in JSON and as text', async () => {
    const json = await fetch(url('/leverandorer.json?gruppe=tannleger'))
    expect(json.status).toBe(400)
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(json.headers.get('cache-control')).toBe((await fetch(url('/leverandorer'))).headers.get('cache-control'))
    const body = (await json.json()) as { error: { status: number; parameter: string; message: string } }
    expect(body.error).toEqual(expect.objectContaining({ status: 400, parameter: 'gruppe' }))
    expect(body.error.message).toMatch(/^Ukjent faggruppe «tannleger»\. Gyldige verdier: .*leger/)

    const csv = await fetch(url('/leverandorer.csv?type=app'))
    expect(csv.status).toBe(400)
    expect(csv.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await csv.text()).toContain('Ukjent type «app». Gyldige verdier: epj-integrated, standalone.')

    for (const path of ['/leverandorer.json?nettleser=ja', '/leverandorer.json?grupe=leger', '/takster.json?gruppe=leger', '/takster.csv?x=1']) {
      expect({ path, status: (await fetch(url(path))).status }).toEqual({ path, status: 400 })
    }
  })

  test('an unchanged dataset answers 304 to its ETag; the other languages have no data addresses and /nb/ redirects', async () => {
    for (const path of ['/leverandorer.json', '/leverandorer.csv', '/takster.json']) {
      const etag = (await fetch(url(path))).headers.get('etag')!
      const again = await fetch(url(path), { headers: { 'If-None-Match': etag } })
      expect({ path, status: again.status }).toEqual({ path, status: 304 })
    }
    for (const path of ['/nn/leverandorer.json', '/en/takster.csv']) expect({ path, status: (await fetch(url(path))).status }).toEqual({ path, status: 404 })
    const nb = await fetch(url('/nb/leverandorer.json'), { redirect: 'manual' })
    expect(nb.status).toBe(308)
    expect(new URL(nb.headers.get('location')!, url('/')).pathname).toBe('/leverandorer.json')
  })

  test(`a draft vendor and a draft change are not in the data; the vendor's approval is, within ${BUDGET_MS} ms`, async () => {
    const editor = await editorToken()
    const admin = await loginAdmin()
    const [group] = await categories()
    const name = `Åpne data-løsning ${unique()}`
    const company = `Åpne data AS ${unique()}`
    const organisationNumber = randomOrganisationNumber()
    const organisation = await api<{ doc: { id: number } }>('POST', '/vendor-organisations', admin, { name: company, organisationNumber })
    expect(organisation.status).toBe(201)
    const created = await api<{ doc: { id: number; slug: string } }>('POST', '/vendors?draft=true', editor, {
      name,
      solutionType: 'standalone',
      professionCategories: [group!.id],
      owner: organisation.json.doc.id,
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.json.doc

    const published = (await getJson('/leverandorer.json')).items[0]!
    const draftName = `Utkast ${unique()}`
    const changed = await api('PATCH', `/vendors/${published.id}?draft=true`, editor, { name: draftName, _status: 'draft' })
    expect(changed.status).toBe(200)

    for (const path of ['/leverandorer.json', `/leverandorer.json?gruppe=${group!.slug}`, '/leverandorer.csv']) {
      const text = await (await fetch(url(path))).text()
      expect({ path, draft: text.includes(slug) || text.includes(name), change: text.includes(draftName) }).toEqual({ path, draft: false, change: false })
    }
    expect((await getJson('/leverandorer.json')).items.find((i) => i.id === published.id)!.name).toBe(published.name)

    // Warm the cached reads, so that a missed expiry would show the old list.
    for (let i = 0; i < 2; i++) await getJson('/leverandorer.json')
    const res = await api('PATCH', `/vendors/${id}`, admin, { _status: 'published', changeNote: 'E2E: åpne data' })
    expect(res.status).toBe(200)
    const since = performance.now()
    for (;;) {
      const data = await getJson('/leverandorer.json')
      if (data.items.some((i) => i.slug === slug && i.name === name)) break
      if (performance.now() - since > 10_000) throw new Error('the approved vendor did not appear within 10 s')
      await new Promise((r) => setTimeout(r, POLL_MS))
    }
    const ms = Math.round(performance.now() - since)
    const item = (await getJson('/leverandorer.json')).items.find((i) => i.slug === slug)!
    expect({ company: item.company, organisationNumber: item.organisationNumber }).toEqual({ company, organisationNumber })
    console.log(`[e2e] approval to /leverandorer.json: ${ms} ms`)
    expect(ms).toBeLessThanOrEqual(BUDGET_MS)
    // The draft change of the other vendor is still not public.
    expect(JSON.stringify(await getJson('/leverandorer.json'))).not.toContain(draftName)
  }, 60_000)

  test('/apne-data documents the licence, the four addresses, the filters and the fields in nb, nn and en; the directory, tariffs page, footer and sitemap link to it', async () => {
    for (const [path, title] of [
      ['/apne-data', 'Åpne data'],
      ['/nn/apne-data', 'Opne data'],
      ['/en/apne-data', 'Open data'],
    ] as const) {
      const res = await fetch(url(path))
      expect({ path, status: res.status }).toEqual({ path, status: 200 })
      const html = await res.text()
      expect(html).toContain(`<h1`)
      expect(html).toContain(title)
      expect(html).toContain(`href="${NLOD}"`)
      for (const address of ['/leverandorer.json', '/leverandorer.csv', '/takster.json', '/takster.csv']) expect(html).toContain(`href="${address}"`)
      for (const field of ['organisationNumber', 'confirmationOverdue', 'attestations.followsNormen.confirmedAt', 'effectiveTo', 'nettleser']) expect(html).toContain(field)
    }
    for (const [path, link] of [
      ['/leverandorer', 'href="/apne-data"'],
      ['/leverandorer?gruppe=leger', 'href="/apne-data"'],
      ['/takster', 'href="/apne-data"'],
      ['/nn/takster', 'href="/nn/apne-data"'],
      ['/en/leverandorer', 'href="/en/apne-data"'],
    ]) {
      const html = await (await fetch(url(path))).text()
      expect({ path, links: html.split(link).length - 1 }).toEqual({ path, links: 2 })
    }
    const sitemap = await (await fetch(url('/sitemap.xml'))).text()
    for (const path of ['/apne-data', '/nn/apne-data', '/en/apne-data']) expect(sitemap).toContain(`<loc>${url(path)}</loc>`)
  })
})
