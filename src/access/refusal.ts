import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { say, type Message } from '../validation/messages'

/** A 403 whose message says, in the request's language, what the rule is; REST, GraphQL and the admin show it. */
export function refusal(message: Message, req: Pick<PayloadRequest, 'i18n'>): APIError {
  return new APIError(say(message, { req }), 403, null, true)
}
