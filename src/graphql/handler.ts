import type { PayloadRequest, SanitizedConfig } from 'payload'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getRequestLanguage, headersWithCors } from 'payload'
import { parseCookies } from 'payload/shared'

import { say } from '../validation/messages'
import { screenQuery } from './screenQuery'
import { translateGraphqlError } from './translateErrors'

type Config = Promise<SanitizedConfig> | SanitizedConfig
type ErrorBody = { data?: unknown; errors?: { message?: string; extensions?: Record<string, unknown> }[] }

async function queryOf(request: Request): Promise<unknown> {
  if (!request.headers.get('content-type')?.includes('json')) return undefined
  try {
    return ((await request.clone().json()) as { query?: unknown }).query
  } catch {
    return undefined // graphql-http answers a body that is not JSON
  }
}

/**
 * An answer with errors and no `data` is a refused request (it did not parse or validate). graphql-http
 * sends it with 200 to clients that accept application/json; it is a 400, with each message in the
 * request's language.
 */
async function finish(response: Response, language: string): Promise<Response> {
  if (response.status !== 200 && response.status !== 400) return response
  if (!response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (!text.startsWith('{"errors"')) return new Response(text, { status: response.status, headers })
  const body = JSON.parse(text) as ErrorBody
  if ('data' in body) return new Response(text, { status: response.status, headers })
  // Our own refusals (src/graphql/boundQuery.ts) carry their status and are already in the request's language.
  const errors = (body.errors ?? []).map((error) =>
    error.extensions?.statusCode
      ? error
      : { ...error, message: translateGraphqlError(error.message ?? '', language), extensions: { ...error.extensions, statusCode: 400 } },
  )
  return new Response(JSON.stringify({ errors }), { status: 400, headers })
}

/**
 * Payload's GraphQL POST handler behind two guards: queries too long or too deeply nested for graphql's
 * recursive parser are refused before it sees them (src/graphql/screenQuery.ts), and refused requests answer
 * 400 in the request's language. The size and depth bounds themselves are a validation rule
 * (src/graphql/boundQuery.ts, set in payload.config.ts), so they hold wherever Payload runs GraphQL.
 */
export function graphqlPost(config: Config): (request: Request) => Promise<Response> {
  const handle = GRAPHQL_POST(config)
  return async (request) => {
    const resolved = await config
    const language = getRequestLanguage({ config: resolved, cookies: parseCookies(request.headers), headers: request.headers })
    const refusal = screenQuery(await queryOf(request))
    if (refusal) {
      const message = say(refusal, { req: { i18n: { language } } })
      const req = { payload: { config: resolved }, headers: request.headers } as unknown as PayloadRequest
      const headers = headersWithCors({ headers: new Headers({ 'Content-Type': 'application/json; charset=utf-8' }), req })
      return new Response(JSON.stringify({ errors: [{ message, extensions: { statusCode: 400 } }] }), { status: 400, headers })
    }
    return finish(await handle(request), language)
  }
}
