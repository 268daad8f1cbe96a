import crypto from 'node:crypto'

import type { Refusal } from './filters'

/** The licence every dataset is published under (NLOD 2.0, Digdir's address for it). */
export const LICENCE = { name: 'Norsk lisens for offentlige data (NLOD) 2.0', url: 'https://data.norge.no/nlod/no/2.0' } as const

/** The four addresses (bokmål only: the data is in bokmål). */
export const DATA_PATHS = {
  vendorsJson: '/leverandorer.json',
  vendorsCsv: '/leverandorer.csv',
  tariffsJson: '/takster.json',
  tariffsCsv: '/takster.csv',
} as const

/**
 * As the site's pages (next.config.mjs CDN_CACHE): a CDN keeps an answer a minute; the cached reads behind it
 * expire on every change, so the origin answers a change within a second.
 */
export const DATA_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600'

export type Format = 'json' | 'csv'

export type JsonEnvelope<T> = {
  licence: typeof LICENCE
  generatedAt: string
  source: string
  documentation: string
  count: number
  items: T[]
}

const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  // RFC 4180's media type, with its optional `header` parameter.
  csv: 'text/csv; charset=utf-8; header=present',
}

/** A weak validator of what the answer says (not when it was made), so an unchanged dataset answers 304. */
const etagOf = (content: string) => `W/"${crypto.createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`

function matches(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

function headers(format: Format, documentation: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    'Content-Type': CONTENT_TYPE[format],
    Link: `<${LICENCE.url}>; rel="license", <${documentation}>; rel="describedby"`,
    // Open data: any site may read it from a browser (no credentials are ever involved).
    'Access-Control-Allow-Origin': '*',
    ...extra,
  })
}

function answer(request: Request, format: Format, body: string, etag: string, documentation: string, extra: Record<string, string>): Response {
  const all = headers(format, documentation, { 'Cache-Control': DATA_CACHE, ETag: etag, ...extra })
  if (matches(request, etag)) return new Response(null, { status: 304, headers: all })
  return new Response(body, { status: 200, headers: all })
}

/** A dataset as JSON: the envelope pretty-printed, with licence, cache and validator headers. */
export function jsonAnswer<T>(request: Request, envelope: JsonEnvelope<T>): Response {
  const { generatedAt: _changesEveryTime, ...content } = envelope
  return answer(request, 'json', `${JSON.stringify(envelope, null, 2)}\n`, etagOf(JSON.stringify(content)), envelope.documentation, {})
}

/** A dataset as a CSV file to save (`filename`), with licence, cache and validator headers. */
export function csvAnswer(request: Request, csv: string, filename: string, documentation: string): Response {
  return answer(request, 'csv', csv, etagOf(csv), documentation, { 'Content-Disposition': `attachment; filename="${filename}"` })
}

/**
 * A refused filter: 400 with the reason in bokmål, as JSON for the JSON address and as plain text for the CSV
 * address (a CSV reader would take an error in CSV for data). Cached as the pages' 404s are (next.config.mjs
 * gives every site path its Cache-Control, over a route's own): a group added since is filterable within a minute.
 */
export function refusalAnswer(format: Format, refusal: Refusal, documentation: string): Response {
  const extra = { 'Cache-Control': DATA_CACHE }
  if (format === 'json') {
    const body = { error: { status: 400, parameter: refusal.parameter, message: refusal.message, documentation } }
    return new Response(`${JSON.stringify(body, null, 2)}\n`, { status: 400, headers: headers('json', documentation, extra) })
  }
  return new Response(`${refusal.message}\nSe ${documentation}\n`, {
    status: 400,
    headers: headers('csv', documentation, { ...extra, 'Content-Type': 'text/plain; charset=utf-8' }),
  })
}
