import { vendorData } from '../../_lib/openData'

// Built per request from the public's cached reads (as the sitemap and the feeds): the same tags expire it.
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ lang: string }> }

/** GET /leverandorer.csv: open data (NLOD), documented on /apne-data. Bokmål only: /nn/ and /en/ have none. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  if ((await params).lang !== 'nb') return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return vendorData(request, 'csv')
}
