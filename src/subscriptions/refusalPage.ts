import type { Lang } from '../i18n/langs'
import { localePath, PAGE_PATHS } from '../i18n/paths'
import { REFUSAL_FRAME, REFUSALS, type Refusal } from './texts'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * The page a refused subscription request answers with, in the reader's language: what went wrong and the way
 * back. A complete document of its own (a route handler cannot render the site's layout), with the status
 * that says why (400, 403, 429), never stored by any cache.
 */
export function refusalResponse(lang: Lang, refusal: Refusal, status: number, retryAfterSeconds?: number): Response {
  const text = REFUSALS[lang][refusal]
  const frame = REFUSAL_FRAME[lang]
  const minutes = retryAfterSeconds ? Math.ceil(retryAfterSeconds / 60) : undefined
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(text.title)} – ${escape(frame.site)}</title>
</head>
<body>
<main id="main">
<h1>${escape(text.title)}</h1>
<p>${escape(text.text(minutes))}</p>
<p><a href="${escape(localePath(lang, PAGE_PATHS.guide))}">${escape(frame.back)}</a></p>
</main>
</body>
</html>
`
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      ...(retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : {}),
    },
  })
}
