import type { Message } from '@/validation/messages'

import { APIError } from 'payload'

/**
 * Errors that Payload lets through as 500s although the request was at fault, with what to tell the client.
 * Only causes that cannot come from the server's own state are listed.
 */
export function clientFault(error: unknown): Message | null {
  if (error instanceof SyntaxError && error.stack?.includes('addDataAndFileToRequest')) {
    return {
      nb: 'Feltet _payload i skjemaet er ikke gyldig JSON. Send de andre feltene som et JSON-objekt i _payload.',
      en: 'The _payload field of the form is not valid JSON. Send the other fields as a JSON object in _payload.',
    }
  }
  if (isMultipartParseError(error)) {
    return {
      nb: `Skjemaet kunne ikke leses (${error.message}). Send filen på nytt fra et vanlig skjema; filnavnet kan ikke inneholde kontrolltegn.`,
      en: `The form could not be read (${error.message}). Send the file again from an ordinary form; the file name cannot contain control characters.`,
    }
  }
  return null
}

/**
 * The multipart parser's refusal of a body (busboy: "Malformed part header", "Unexpected end of form"), thrown
 * as it is while Payload streams the body, or rethrown by Payload as an APIError without a status (its own
 * 400s and 413s carry theirs).
 */
function isMultipartParseError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false
  return (!(error instanceof APIError) || error.status === 500) && BUSBOY_REFUSALS.has(error.message)
}

/**
 * busboy's own refusals of a body, by message: the production build bundles busboy, so neither the error's
 * class nor its stack says where it came from (tests/e2e/api-abuse.e2e.test.ts checks it there).
 */
const BUSBOY_REFUSALS = new Set([
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Multipart: Boundary not found',
  'Malformed content type',
  'Malformed urlencoded form',
  'Missing Content-Type',
])
