import type { Message } from '@/validation/messages'

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
  return null
}
