import type { PayloadRequest } from 'payload'

import { resolveOrigins } from '../config/env.mjs'
import { escapeHtml } from '../security/escapeHtml'

/**
 * The address of Payload's own verify view (`/admin/users/verify/<token>`), on SERVER_URL: the view verifies
 * the token and sends the person on to the login. Never from the request's Host header.
 */
export function verificationUrl(token: string): string {
  return `${resolveOrigins().serverURL}/admin/users/verify/${encodeURIComponent(token)}`
}

export const VERIFICATION_SUBJECT = 'Bekreft e-postadressen din i Videoveileder / Confirm your e-mail address'

/** `auth.verify.generateEmailSubject` of users. */
export const verificationSubject = (): string => VERIFICATION_SUBJECT

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string | null } }

/**
 * `auth.verify.generateEmailHTML` of users: what the account is for, the link, and what to do if it was not
 * them. Bokmål first, English below (the registrant may not read Norwegian).
 */
export function verificationHtml({ token = '', user }: Args = {}): string {
  const url = escapeHtml(verificationUrl(token))
  const name = user?.name ? ` ${escapeHtml(user.name)}` : ''
  return `<p>Hei${name}!</p>
<p>Du har registrert en leverandørkonto i Videoveileder. Bekreft e-postadressen din med lenken under, så kan du logge inn og beskrive videoløsningen deres:</p>
<p><a href="${url}">${url}</a></p>
<p>Lenken virker i 48 timer; etter det er registreringen slettet, og du må registrere deg på nytt. Har du ikke registrert deg, kan du se bort fra denne e-posten. Kontoen kan ikke brukes før adressen er bekreftet.</p>
<p>Helsedirektoratet, Videoveileder</p>
<hr>
<p lang="en">Hello${name},</p>
<p lang="en">You have registered a vendor account on Videoveileder. Confirm your e-mail address with the link above, and you can then log in and describe your video solution.</p>
<p lang="en">The link works for 48 hours; after that the registration is deleted and you must register again. If you did not register, ignore this e-mail. The account cannot be used until the address is confirmed.</p>
<p lang="en">The Norwegian Directorate of Health, Videoveileder</p>
`
}
