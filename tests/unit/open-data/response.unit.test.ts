import { describe, expect, it } from '@jest/globals'

import { csvAnswer, DATA_CACHE, jsonAnswer, LICENCE, refusalAnswer } from '../../../src/openData/response'

const DOCS = 'https://veileder.example.no/apne-data'
const envelope = (generatedAt: string) => ({ licence: LICENCE, generatedAt, source: 'https://veileder.example.no/leverandorer', documentation: DOCS, count: 1, items: [{ id: 1 }] })
const get = (headers: Record<string, string> = {}) => new Request('https://veileder.example.no/leverandorer.json', { headers })

describe('the open data answers', () => {
  it('name the NLOD licence and this documentation in the Link header, and may be read from any site', () => {
    const res = jsonAnswer(get(), envelope('2026-12-01T10:00:00.000Z'))
    expect(res.headers.get('link')).toBe(`<https://data.norge.no/nlod/no/2.0>; rel="license", <${DOCS}>; rel="describedby"`)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('keep one ETag while the data is the same, whenever the answer was made, and answer 304 to it', async () => {
    const first = jsonAnswer(get(), envelope('2026-12-01T10:00:00.000Z'))
    const later = jsonAnswer(get(), envelope('2026-12-01T11:00:00.000Z'))
    const etag = first.headers.get('etag')!
    expect(later.headers.get('etag')).toBe(etag)
    const again = jsonAnswer(get({ 'If-None-Match': etag }), envelope('2026-12-01T12:00:00.000Z'))
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const changed = jsonAnswer(get({ 'If-None-Match': etag }), { ...envelope('2026-12-01T12:00:00.000Z'), items: [{ id: 2 }] })
    expect(changed.status).toBe(200)
  })

  it('offer the CSV as a file', () => {
    const res = csvAnswer(get(), '"id"\r\n', 'leverandorer.csv', DOCS)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="leverandorer.csv"')
  })

  it('refuse a filter with 400 and the reason, as JSON or as plain text, cached as the pages are', async () => {
    const refusal = { ok: false as const, parameter: 'type', message: 'Ukjent type «app».' }
    const json = refusalAnswer('json', refusal, DOCS)
    expect(json.status).toBe(400)
    expect(json.headers.get('cache-control')).toBe(DATA_CACHE)
    expect(await json.json()).toEqual({ error: { status: 400, parameter: 'type', message: 'Ukjent type «app».', documentation: DOCS } })
    const text = refusalAnswer('csv', refusal, DOCS)
    expect(text.status).toBe(400)
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await text.text()).toBe(`Ukjent type «app».\nSe ${DOCS}\n`)
  })
})
