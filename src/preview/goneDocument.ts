/** Headers of everything a share link answers: never kept by a cache, never indexed. */
export const SHARE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const

/**
 * The page a share link that no longer works answers with (410): in bokmål, complete without scripts or
 * styles of its own, saying why it may have stopped and what to do.
 */
export function goneDocument(): string {
  return `<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Lenken virker ikke lenger – Videoveileder</title>
</head>
<body>
<main id="main">
<h1>Lenken virker ikke lenger</h1>
<p>Denne forhåndsvisningen er ikke tilgjengelig. Lenken kan være utløpt eller trukket tilbake, eller utkastet er publisert i mellomtiden.</p>
<p>Be den som sendte deg lenken om en ny, eller les det som er publisert på <a href="/">Videoveileder</a>.</p>
</main>
</body>
</html>
`
}
