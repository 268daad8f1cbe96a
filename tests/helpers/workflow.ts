import type { CollectionSlug, Payload } from 'payload'

import { FIXTURE_PASSWORD, type Actor } from '../fixtures/users'
import type { ApiClient } from './api'
import { unique } from './content'

type Id = number | string
type Doc = Record<string, any>

/** Another editor, logged in: the second pair of eyes. */
export async function createSecondEditor(payload: Payload, api: ApiClient, name = 'Siri Redaktør'): Promise<Actor> {
  const email = `redaktor2-${unique()}@test.videoveileder.no`
  const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name, roles: ['editor'] } as never, overrideAccess: true })
  return { id: doc.id, email, token: await api.login(email, FIXTURE_PASSWORD) }
}

/** Turns the site setting "second pair of eyes" on or off (the site settings' required fields filled in). */
export async function setSecondPairOfEyes(payload: Payload, on: boolean): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' }, secondPairOfEyes: on } as never,
    overrideAccess: true,
  })
}

/** The newest version of a document as stored (drafts included), access checks off. */
export async function newest(payload: Payload, collection: string, id: Id): Promise<Doc> {
  return (await payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true })) as Doc
}

/** The main document, the one the public reads. */
export async function mainDoc(payload: Payload, collection: string, id: Id): Promise<Doc> {
  return (await payload.findByID({ collection: collection as CollectionSlug, id, draft: false, depth: 0, overrideAccess: true })) as Doc
}

/** POST /api/workflow/transition as a user; the status and the answer. */
export async function transition(api: ApiClient, token: string | undefined, body: Record<string, unknown>) {
  const response = await api.post('/workflow/transition', { body, token })
  return { status: response.status, json: (await response.json()) as Doc }
}

/** GET /api/workflow/status as a user. */
export async function workflowStatus(api: ApiClient, token: string | undefined, collection: string, id: Id) {
  const response = await api.get(`/workflow/status?collection=${collection}&id=${id}`, { token })
  return { status: response.status, json: (await response.json()) as Doc }
}

export const changedByIds = (doc: Doc): string[] => ((doc.workflow?.changedBy ?? []) as unknown[]).map((v) => String(typeof v === 'object' && v ? (v as Doc).id : v))

/** A body with the change note every publish needs (src/workflow/checkPublish.ts), for tests that publish but are not about notes. */
export const withChangeNote = <T extends Record<string, unknown>>(body: T, note = 'Prøveendring'): T & { changeNote?: string } =>
  body._status === 'published' ? { ...body, changeNote: note } : body

/**
 * For a test file about something else than the review workflow: the site runs with the second pair of eyes
 * off (an editor publishes their own change), as an admin may set it. The workflow's own tests turn it on.
 */
export function withoutSecondPairOfEyes(booted: { payload: Payload }): void {
  beforeAll(() => setSecondPairOfEyes(booted.payload, false))
}
