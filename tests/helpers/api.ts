import type { Payload, SanitizedConfig } from 'payload'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '../../src/api/restHandlers'
import { graphqlPost } from '../../src/graphql/handler'

export const ORIGIN = 'http://localhost:3000'

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export type RequestOptions = {
  body?: unknown
  /** A JWT from `login`; sent as `Authorization: JWT <token>` like Payload's own clients. */
  token?: string
  headers?: Record<string, string>
  /** Raw body (FormData for uploads); overrides `body`. */
  raw?: BodyInit
}

export type ApiClient = ReturnType<typeof createApiClient>

/**
 * Calls REST and GraphQL in-process through the same route handlers that app/(payload)/api mounts (the
 * project's REST wrapper around Payload's), so requests travel the whole HTTP path (request checks, parsing,
 * auth, access, error mapping) without a server.
 */
export function createApiClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = graphqlPost(config)

  function headersFor(options: RequestOptions, json: boolean): Headers {
    const headers = new Headers(options.headers)
    if (json && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    return headers
  }

  async function request(method: Method, path: string, options: RequestOptions = {}): Promise<Response> {
    const url = new URL(`/api${path}`, ORIGIN)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const hasJson = options.body !== undefined && options.raw === undefined
    const request = new Request(url, {
      method,
      headers: headersFor(options, hasJson),
      body: options.raw ?? (hasJson ? JSON.stringify(options.body) : undefined),
    })
    return rest[method](request, { params: Promise.resolve({ slug }) })
  }

  async function graphql(query: string, options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {}) {
    const request = new Request(new URL('/api/graphql', ORIGIN), {
      method: 'POST',
      headers: headersFor(options, true),
      body: JSON.stringify({ query, variables: options.variables }),
    })
    const response = await graphqlHandler(request)
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] } }
  }

  async function login(email: string, password: string): Promise<string> {
    const response = await request('POST', '/users/login', { body: { email, password } })
    const json = (await response.json()) as { token?: string; errors?: unknown }
    if (!response.ok || !json.token) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(json)}`)
    return json.token
  }

  return {
    request,
    get: (path: string, options?: RequestOptions) => request('GET', path, options),
    post: (path: string, options?: RequestOptions) => request('POST', path, options),
    patch: (path: string, options?: RequestOptions) => request('PATCH', path, options),
    delete: (path: string, options?: RequestOptions) => request('DELETE', path, options),
    graphql,
    login,
  }
}

export type BootedPayload = { payload: Payload; api: ApiClient }
