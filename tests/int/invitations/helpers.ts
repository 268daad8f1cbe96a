import type { Payload } from 'payload'

import { GET as openRoute, POST as acceptRoute } from '../../../app/(frontend)/[lang]/invitasjon/[token]/route'
import type { CapturedMail, SmtpCapture } from '../../helpers/smtp'

export const ORIGIN = 'http://localhost:3000'
const system = { overrideAccess: true } as const

/** A client address of its own, so that one test's requests never meet another's rate limit. */
export const someAddress = () => `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

const params = (token: string, lang: string) => ({ params: Promise.resolve({ lang, token }) })
const pathOf = (token: string, lang: string) => `${lang === 'nb' ? '' : `/${lang}`}/invitasjon/${token}`

/** Opens an invitation link as a browser does (GET). */
export function openInvitation(token: string, { lang = 'nb', ip = someAddress() } = {}): Promise<Response> {
  return openRoute(new Request(`${ORIGIN}${pathOf(token, lang)}`, { headers: { 'X-Forwarded-For': ip } }), params(token, lang))
}

/** A body sent in pieces of 1 KB, as a chunked upload without Content-Length. */
function chunkedBody(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 1024) controller.enqueue(bytes.slice(at, at + 1024))
      controller.close()
    },
  })
}

/** Sends the accept form as a browser on this site posts it: same-origin, url-encoded (`chunked`: without Content-Length). */
export function acceptInvitation(
  token: string,
  form: Record<string, string>,
  { lang = 'nb', ip = someAddress(), headers = { 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN } as Record<string, string>, chunked = false } = {},
): Promise<Response> {
  const body = new URLSearchParams(form)
  const request = new Request(`${ORIGIN}${pathOf(token, lang)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': ip, ...headers },
    ...(chunked ? { body: chunkedBody(body.toString()), duplex: 'half' } : { body }),
  } as RequestInit)
  return acceptRoute(request, params(token, lang))
}

/** Runs the job queue (the app's runner does it in production) until no invitation or mail job waits. */
export async function runMailJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    await payload.jobs.run({ silent: true })
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { in: ['sendInvitationMail', 'sendMail'] } }, { hasError: { not_equals: true } }, { completedAt: { exists: false } }] },
      ...system,
    })
    if (pending.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The invitation mail to an address, once the queue has run. */
export async function invitationMailTo(payload: Payload, capture: SmtpCapture, email: string): Promise<CapturedMail> {
  await runMailJobs(payload)
  return capture.waitFor((m) => m.to.includes(email) && /invit/i.test(m.subject))
}

/** The token of the bokmål link in an invitation mail. */
export function tokenIn(mail: CapturedMail): string {
  const match = /https?:\/\/[^\s/]+\/invitasjon\/([A-Za-z0-9_-]{43})(?=\s|$)/m.exec(mail.text)
  if (!match) throw new Error(`no invitation link in: ${mail.text}`)
  return match[1]!
}
