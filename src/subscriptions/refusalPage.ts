import type { Lang } from '../i18n/langs'
import { localePath, PAGE_PATHS } from '../i18n/paths'
import { REFUSAL_FRAME, REFUSALS, UNSUBSCRIBE_PAGE, type Refusal } from './texts'
import { escapeHtml as escape } from '../security/escapeHtml'

/** A complete page of its own (a route handler cannot render the site's layout), never stored by any cache. */
function standalonePage(lang: Lang, title: string, body: string, status: number, headers: Record<string, string> = {}): Response {
  const frame = REFUSAL_FRAME[lang]
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} – ${escape(frame.site)}</title>
</head>
<body>
<main id="main">
<h1>${escape(title)}</h1>
${body}
<p><a href="${escape(localePath(lang, PAGE_PATHS.guide))}">${escape(frame.back)}</a></p>
</main>
</body>
</html>
`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', ...headers } })
}

/**
 * The page a refused subscription request answers with, in the reader's language: what went wrong and the way
 * back, with the status that says why (400, 403, 429).
 */
export function refusalResponse(lang: Lang, refusal: Refusal, status: number, retryAfterSeconds?: number): Response {
  const text = REFUSALS[lang][refusal]
  const minutes = retryAfterSeconds ? Math.ceil(retryAfterSeconds / 60) : undefined
  return standalonePage(lang, text.title, `<p>${escape(text.text(minutes))}</p>`, status, retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {})
}

/**
 * What an unsubscribe link opens: one button that posts to the same address. Why not end it on the GET: mail
 * scanners open every link in a message, and would end readers' alerts unseen.
 */
export function unsubscribePage(lang: Lang, action: string): Response {
  const text = UNSUBSCRIBE_PAGE[lang]
  const form = `<p>${escape(text.text)}</p>
<form method="post" action="${escape(action)}">
<button type="submit">${escape(text.button)}</button>
</form>`
  return standalonePage(lang, text.title, form, 200)
}
