import { siteOrigin } from '../_lib/seo'

// The origin is read at run time (SERVER_URL), not baked in at build.
export const dynamic = 'force-dynamic'

export function GET(): Response {
  const body = [
    'User-agent: *',
    'Disallow: /admin',
    'Disallow: /api',
    // Search results are endless variations of pages that are in the sitemap anyway.
    'Disallow: /sok',
    'Disallow: /nn/sok',
    'Disallow: /en/sok',
    // Previews and share links are never for crawlers (they also answer noindex).
    'Disallow: /preview',
    'Disallow: /delt/',
    // Invitation links are one person's (they also answer noindex).
    'Disallow: /invitasjon/',
    'Disallow: /nn/invitasjon/',
    'Disallow: /en/invitasjon/',
    '',
    `Sitemap: ${siteOrigin()}/sitemap.xml`,
    '',
  ].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
