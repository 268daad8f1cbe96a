import { applyVendorFilter, filterQuery } from '@/components/vendors/filters'
import { ANONYMOUS, getCategories, getTariffs, getVendors } from '@/content'
import { osloDay } from '@/i18n/format'
import { PAGE_PATHS } from '@/i18n/paths'
import { toCsv } from '@/openData/csv'
import { parseOpenVendorFilter, refuseTariffFilter, type GroupChoice } from '@/openData/filters'
import { csvAnswer, jsonAnswer, LICENCE, refusalAnswer, type Format } from '@/openData/response'
import { openTariff, TARIFF_CSV } from '@/openData/tariffs'
import { openVendor, VENDOR_CSV } from '@/openData/vendors'
import { siteOrigin } from './seo'

// The open data reads as the public, always (an editor's session or draft mode changes nothing): only what an
// editor approved and published, from the same cached reads as the pages, so an approval shows here as there.

/** Every profession group in bokmål, with its slug in each language (the filter takes any, as the page does). */
async function groupChoices(): Promise<GroupChoice[]> {
  const [nb, nn, en] = await Promise.all([getCategories(ANONYMOUS, 'nb'), getCategories(ANONYMOUS, 'nn'), getCategories(ANONYMOUS, 'en')])
  return nb.map((category) => ({
    category,
    slugs: [category.slug, ...[nn, en].map((list) => list.find((c) => c.id === category.id)?.slug ?? category.slug)],
  }))
}

/** /leverandorer.json and .csv: the approved vendors, filtered as the directory page filters them. */
export async function vendorData(request: Request, format: Format): Promise<Response> {
  const origin = siteOrigin()
  const documentation = `${origin}${PAGE_PATHS.openData}`
  const [groups, vendors] = await Promise.all([groupChoices(), getVendors(ANONYMOUS, 'nb')])
  const parsed = parseOpenVendorFilter(new URL(request.url).searchParams, groups)
  if (!parsed.ok) return refusalAnswer(format, parsed, documentation)
  const categories = groups.map((g) => g.category)
  const items = applyVendorFilter(vendors, parsed.filter).map((v) => openVendor(v, categories, origin))
  if (format === 'csv') return csvAnswer(request, toCsv(VENDOR_CSV, items), 'leverandorer.csv', documentation)
  return jsonAnswer(request, {
    licence: LICENCE,
    generatedAt: new Date().toISOString(),
    source: `${origin}${PAGE_PATHS.vendors}${filterQuery(parsed.filter)}`,
    documentation,
    count: items.length,
    items,
  })
}

/** /takster.json and .csv: the published tariffs, each with its state today (Oslo), as /takster marks it. */
export async function tariffData(request: Request, format: Format): Promise<Response> {
  const origin = siteOrigin()
  const documentation = `${origin}${PAGE_PATHS.openData}`
  const refused = refuseTariffFilter(new URL(request.url).searchParams)
  if (refused) return refusalAnswer(format, refused, documentation)
  const [tariffs, categories] = await Promise.all([getTariffs(ANONYMOUS, 'nb'), getCategories(ANONYMOUS, 'nb')])
  const day = osloDay(new Date())
  const items = tariffs.map((t) => openTariff(t, categories, origin, day))
  if (format === 'csv') return csvAnswer(request, toCsv(TARIFF_CSV, items), 'takster.csv', documentation)
  return jsonAnswer(request, {
    licence: LICENCE,
    generatedAt: new Date().toISOString(),
    source: `${origin}${PAGE_PATHS.tariffs}`,
    documentation,
    count: items.length,
    items,
  })
}
