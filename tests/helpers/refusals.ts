import type { CollectionSlug } from 'payload'

import type { BootedPayload } from './api'

import { countDocs } from './boot'

type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** The top-level messages of an error body (REST or GraphQL), joined with " | "; empty when there are none. */
export function errorMessages(body: ErrorBody): string {
  return (body.errors ?? []).map((e) => e.message).join(' | ')
}

/** The top-level messages of an error response. */
export async function messageOf(response: Response): Promise<string> {
  return errorMessages((await response.json()) as ErrorBody)
}

/** An error response's status and top-level messages, to check both in one place. */
export async function refusal(response: Response): Promise<{ status: number; message: string }> {
  return { status: response.status, message: await messageOf(response) }
}

/** Every message of an error response, the field messages ("path: message") included, in one string. */
export async function allMessagesOf(response: Response): Promise<string> {
  const body = (await response.json()) as ErrorBody
  return (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => `${f.path}: ${f.message}`)]).join(' | ')
}

/** The per-field messages of a Payload ValidationError response, as { path: message }. */
export async function fieldErrors(response: Response): Promise<Record<string, string>> {
  const body = (await response.json()) as ErrorBody
  const result: Record<string, string> = {}
  for (const error of body.errors ?? []) for (const field of error.data?.errors ?? []) result[field.path] = field.message
  return result
}

/** Creates a document over REST; when the answer is a refusal, checks that the refused write stored nothing. */
export async function postAndCheckRefusalStoresNothing(
  booted: BootedPayload,
  collection: CollectionSlug,
  body: unknown,
  options: { token: string; headers?: Record<string, string>; query?: string },
): Promise<Response> {
  const before = await countDocs(booted.payload, collection)
  const response = await booted.api.post(`/${collection}${options.query ?? ''}`, { body, token: options.token, headers: options.headers })
  if (!response.ok) expect(await countDocs(booted.payload, collection)).toBe(before)
  return response
}
