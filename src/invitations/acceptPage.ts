import { MIN_PASSWORD_LENGTH } from '../../collections/users/hooks/enforcePasswordLength'
import type { Lang } from '../i18n/langs'
import { localePath, PAGE_PATHS } from '../i18n/paths'
import { escapeHtml } from '../security/escapeHtml'
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH, type FormProblems } from './accept'
import type { OpenInvitation } from './invitation'
import { ACCEPT_PAGE, type PageRefusal } from './texts'

/**
 * Everything these pages answer: never kept by a cache or indexed, and the token in the address is never
 * sent to another site as a referrer. Not `no-referrer`: a browser then sends `Origin: null` with the form's
 * POST, which the same-origin check (sentFromThisSite) must refuse.
 */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'same-origin',
} as const

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1.5rem;color:#1e1e1e}
main{max-width:36rem;margin:0 auto}.field{margin:1.25rem 0}label{display:block;font-weight:600}
input{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #555;border-radius:4px}
input[readonly]{background:#f1f1f1}.hint{margin:.25rem 0;color:#444}.error{margin:.25rem 0;color:#b3001b;font-weight:600}
input[aria-invalid=true]{border:2px solid #b3001b}button{font:inherit;padding:.6rem 1.2rem;background:#1e5a8a;color:#fff;border:0;border-radius:4px}
.error-summary{border:2px solid #b3001b;padding:1rem;margin:1rem 0}.error-summary h2{margin-top:0;font-size:1.1rem}
a{color:#1e5a8a}`

/** A complete page of its own (a route handler cannot render the site's layout), without scripts. */
function page(lang: Lang, title: string, body: string, status: number, headers: Record<string, string> = {}): Response {
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(title)} – Videoveileder</title>
<style>${STYLE}</style>
</head>
<body>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`
  return new Response(html, { status, headers: { ...PAGE_HEADERS, ...headers } })
}

const FIELD_IDS = { name: 'navn', password: 'passord' } as const

/** The error summary (Designsystemet's ErrorSummary pattern): focused on load, each problem a link to its field. */
function errorSummary(lang: Lang, problems: FormProblems): string {
  const t = ACCEPT_PAGE[lang]
  const items = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[])
    .filter((field) => problems[field])
    .map((field) => `<li><a href="#${FIELD_IDS[field]}">${escapeHtml(t.problems[problems[field]!](limitOf(field, problems[field]!)))}</a></li>`)
  if (items.length === 0) return ''
  return `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="feil-tittel">
<h2 id="feil-tittel">${escapeHtml(t.summary)}</h2>
<ul>${items.join('')}</ul>
</div>`
}

const limitOf = (field: keyof typeof FIELD_IDS, problem: string) =>
  field === 'name' ? MAX_NAME_LENGTH : problem === 'password-long' ? MAX_PASSWORD_LENGTH : MIN_PASSWORD_LENGTH

function fieldError(lang: Lang, field: keyof typeof FIELD_IDS, problems: FormProblems): { html: string; id: string | null } {
  const problem = problems[field]
  if (!problem) return { html: '', id: null }
  const id = `${FIELD_IDS[field]}-feil`
  return { html: `<p class="error" id="${id}">${escapeHtml(ACCEPT_PAGE[lang].problems[problem](limitOf(field, problem)))}</p>`, id }
}

/**
 * The accept form: who invites to what, the address (fixed), a name and a password, posting to its own
 * address. After a refused post it shows the error summary, each field's problem, and the name as it was
 * typed (never the password).
 */
export function acceptFormPage(lang: Lang, action: string, invitation: OpenInvitation, entered: { name?: string } = {}, problems: FormProblems = {}): Response {
  const t = ACCEPT_PAGE[lang]
  const nameError = fieldError(lang, 'name', problems)
  const passwordError = fieldError(lang, 'password', problems)
  const invalid = (error: { id: string | null }) => (error.id ? ' aria-invalid="true"' : '')
  const body = `<p>${escapeHtml(t.lead(invitation.organisation, invitation.email))}</p>
${errorSummary(lang, problems)}
<form method="post" action="${escapeHtml(action)}" novalidate>
<div class="field">
<label for="e-post">${escapeHtml(t.email)}</label>
<input id="e-post" type="email" value="${escapeHtml(invitation.email)}" readonly autocomplete="username">
</div>
<div class="field">
<label for="navn">${escapeHtml(t.name)}</label>
${nameError.html}
<input id="navn" name="navn" type="text" autocomplete="name" required maxlength="${MAX_NAME_LENGTH}" value="${escapeHtml(entered.name ?? '')}"${invalid(nameError)}${nameError.id ? ` aria-describedby="${nameError.id}"` : ''}>
</div>
<div class="field">
<label for="passord">${escapeHtml(t.password)}</label>
<p class="hint" id="passord-hjelp">${escapeHtml(t.passwordHint(MIN_PASSWORD_LENGTH))}</p>
${passwordError.html}
<input id="passord" name="passord" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}"${invalid(passwordError)} aria-describedby="passord-hjelp${passwordError.id ? ` ${passwordError.id}` : ''}">
</div>
<button type="submit">${escapeHtml(t.submit)}</button>
</form>`
  return page(lang, t.title(invitation.organisation), body, Object.keys(problems).length > 0 ? 400 : 200)
}

/** A page without a form: why the invitation cannot be used (410), the address has an account (409), and so on. */
export function refusalPage(lang: Lang, refusal: PageRefusal, status: number, options: { invitation?: OpenInvitation; retryAfterSeconds?: number } = {}): Response {
  const t = ACCEPT_PAGE[lang]
  const text = t.refusals[refusal]
  const login = refusal === 'gone' || refusal === 'account-exists' ? `<p><a href="/admin/login">${escapeHtml(t.login)}</a></p>\n` : ''
  const body = `<p>${escapeHtml(text.text(options.invitation?.email, options.invitation?.organisation))}</p>
${login}<p><a href="${escapeHtml(localePath(lang, PAGE_PATHS.guide))}">${escapeHtml(t.front)}</a></p>`
  return page(lang, text.title, body, status, options.retryAfterSeconds ? { 'Retry-After': String(options.retryAfterSeconds) } : {})
}
