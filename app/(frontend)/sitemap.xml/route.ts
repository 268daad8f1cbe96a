import { sitemapEntries, sitemapXml } from '../_lib/sitemap'
import { siteOrigin } from '../_lib/seo'

// Rendered per request from the cached lists (no database work after the first), because the build has
// no database to render it from.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const xml = sitemapXml(siteOrigin(), await sitemapEntries())
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
