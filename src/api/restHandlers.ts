import type { SanitizedConfig } from 'payload'

import {
  REST_DELETE as PAYLOAD_DELETE,
  REST_GET as PAYLOAD_GET,
  REST_OPTIONS as PAYLOAD_OPTIONS,
  REST_PATCH as PAYLOAD_PATCH,
  REST_POST as PAYLOAD_POST,
  REST_PUT as PAYLOAD_PUT,
} from '@payloadcms/next/routes'
import { getPayload, getRequestLanguage, headersWithCors } from 'payload'
import { parseCookies } from 'payload/shared'

import { say } from '@/validation/messages'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteArgs = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, args: RouteArgs) => Promise<Response>

const BODY_METHODS = ['POST', 'PATCH', 'PUT']
/** What Payload's REST API reads a body from; anything else reaches the operations as no data at all. */
const BODY_TYPES = ['application/json', 'multipart/form-data']

function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
}

/** The admin's list queries: a form-encoded POST that Payload answers as the GET it stands for. */
function isGetOverride(request: Request): boolean {
  const override = request.headers.get('X-Payload-HTTP-Method-Override') ?? request.headers.get('X-HTTP-Method-Override')
  return override === 'GET'
}

function hasBody(request: Request): boolean {
  if (request.headers.has('Content-Type')) return true
  return Number.parseInt(request.headers.get('Content-Length') ?? '0', 10) > 0
}

/** A body Payload cannot read would reach the operations as "no data" and fail with a TypeError (a 500). */
async function refuseUnreadableBody(request: Request, config: Config): Promise<Response | null> {
  if (!BODY_METHODS.includes(request.method.toUpperCase()) || !hasBody(request) || isGetOverride(request)) return null
  const type = mediaType(request)
  if (BODY_TYPES.includes(type)) return null
  const payload = await getPayload({ config })
  const language = languageOf(request, payload.config)
  const message = say(
    {
      nb: `Send innholdet som JSON med Content-Type: application/json (eller multipart/form-data for filer), ikke ${type || 'uten Content-Type'}.`,
      en: `Send the body as JSON with Content-Type: application/json (or multipart/form-data for files), not ${type || 'without a Content-Type'}.`,
    },
    { req: { i18n: { language } } },
  )
  const headers = headersWithCors({ headers: new Headers(), req: Object.assign(request, { payload }) as never })
  return Response.json({ errors: [{ message }] }, { status: 415, headers })
}

/** Payload matches `application/json` exactly; `Application/JSON` or `application/json ; charset=…` would be read as no body. */
function normaliseContentType(request: Request): Request {
  const header = request.headers.get('Content-Type')
  if (!header || mediaType(request) !== 'application/json' || header.split(';', 1)[0] === 'application/json') return request
  const headers = new Headers(request.headers)
  headers.set('Content-Type', 'application/json')
  return new Request(request, { headers })
}

function languageOf(request: Request, config: SanitizedConfig): string {
  return getRequestLanguage({ config, cookies: parseCookies(request.headers), headers: request.headers })
}

/** Payload answers an unknown address outside its error handling, so in English; this says it in the request's language. */
async function translateRouteNotFound(response: Response, request: Request, config: Config): Promise<Response> {
  if (response.status !== 404 || !response.headers.get('Content-Type')?.includes('application/json')) return response
  const body = (await response.clone().json().catch(() => null)) as { message?: unknown } | null
  const match = typeof body?.message === 'string' ? /^Route not found "(.*)"$/.exec(body.message) : null
  if (!match) return response
  const language = languageOf(request, (await getPayload({ config })).config)
  const message = say(
    { nb: `API-et har ingen adresse ${match[1]}. Sjekk navnet på samlingen og resten av stien.`, en: `The API has no address ${match[1]}. Check the collection's name and the rest of the path.` },
    { req: { i18n: { language } } },
  )
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  return Response.json({ message }, { status: 404, headers })
}

function guarded(handler: Handler, config: Config): Handler {
  return async (request, args) => {
    const refused = await refuseUnreadableBody(request, config)
    if (refused) return refused
    return translateRouteNotFound(await handler(normaliseContentType(request), args), request, config)
  }
}

/**
 * Payload's REST handlers behind checks of what the client sent, so a client's mistake answers 4xx with a
 * message instead of reaching the operations and failing there. Mounted by app/(payload)/api and used by the
 * tests' in-process client, so both see the same API.
 */
export const REST_GET = (config: Config) => guarded(PAYLOAD_GET(config), config)
export const REST_POST = (config: Config) => guarded(PAYLOAD_POST(config), config)
export const REST_PATCH = (config: Config) => guarded(PAYLOAD_PATCH(config), config)
export const REST_PUT = (config: Config) => guarded(PAYLOAD_PUT(config), config)
export const REST_DELETE = (config: Config) => guarded(PAYLOAD_DELETE(config), config)
export const REST_OPTIONS = (config: Config) => guarded(PAYLOAD_OPTIONS(config), config)
