import crypto from 'node:crypto'
import { afterAll, beforeAll } from '@jest/globals'

import { readState } from './state'

export const unique = () => crypto.randomBytes(4).toString('hex')

export function url(path: string): string {
  return `${readState().baseURL}${path}`
}

/** Logs in through Payload's REST API and returns the JWT. */
export async function login(email: string, password: string): Promise<string> {
  const res = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const json = (await res.json()) as { token?: string }
  if (!res.ok || !json.token) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(json)}`)
  return json.token
}

export const loginAdmin = () => login(readState().adminEmail, readState().adminPassword)

/** A REST call with a JWT, returning status and JSON. */
export async function api<T = any>(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(url(`/api${path}`), {
    method,
    headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T }
}

/** An editor account made by the admin, logged in. */
export async function editorToken(): Promise<string> {
  const admin = await loginAdmin()
  const email = `editor-${unique()}@e2e.example.no`
  const password = `Ed-${unique()}-${unique()}`
  const created = await api('POST', '/users', admin, { email, password, name: 'E2E-redaktør', roles: ['editor'] })
  if (created.status !== 201) throw new Error(`could not create an editor: ${created.status} ${JSON.stringify(created.json)}`)
  return login(email, password)
}

export type VendorDoc = {
  id: number
  name: string
  slug: string
  solutionType: 'epj-integrated' | 'standalone'
  professionCategories: number[]
  features: Record<string, boolean>
  _status: 'draft' | 'published'
}

/** What the public may see (published vendors) and everything staff see (drafts too). */
export async function vendorsAsPublicAndStaff(): Promise<{ published: VendorDoc[]; all: VendorDoc[] }> {
  const admin = await loginAdmin()
  const published = await api<{ docs: VendorDoc[] }>('GET', '/vendors?limit=200&depth=0')
  const all = await api<{ docs: VendorDoc[] }>('GET', '/vendors?limit=200&depth=0&draft=true', admin)
  return { published: published.json.docs, all: all.json.docs }
}

export type CategoryDoc = { id: number; name: string; slug: string; order: number }

export async function categories(locale = 'nb'): Promise<CategoryDoc[]> {
  const res = await api<{ docs: CategoryDoc[] }>('GET', `/profession-categories?limit=100&depth=0&sort=order&locale=${locale}`)
  return res.json.docs
}

/** Turns the site setting "second pair of eyes" on or off, as the admin. */
export async function setSecondPairOfEyes(on: boolean): Promise<void> {
  const res = await api('POST', '/globals/site-settings', await loginAdmin(), { secondPairOfEyes: on })
  if (res.status !== 200) throw new Error(`could not set secondPairOfEyes: ${res.status} ${JSON.stringify(res.json)}`)
}

/**
 * For a test file about something else than the review workflow, whose admin publishes its own changes: the
 * site runs with the second pair of eyes off while the file runs (as an admin may set it), and on again after.
 */
export function withoutSecondPairOfEyes(): void {
  beforeAll(() => setSecondPairOfEyes(false), 30_000)
  afterAll(() => setSecondPairOfEyes(true), 30_000)
}
