import { say } from '../validation/messages'

const TOO_MANY = {
  nb: 'For mange forespørsler fra denne adressen. Vent litt og prøv igjen.',
  en: 'Too many requests from this address. Wait a little and try again.',
}

/** The 429 a route handler answers when its rate limit refuses: plain text in Norwegian, with Retry-After, never stored. */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return new Response(say(TOO_MANY, undefined), {
    status: 429,
    headers: { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds) },
  })
}
