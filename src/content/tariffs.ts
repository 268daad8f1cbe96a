import type { Lang } from '../i18n/langs'
import { isSafeHref } from '../validation/rules'
import { cached } from './cached'
import { fillListFromBokmal } from './fallback'
import { clampLimit, idsOf, ownTextIn, payloadClient } from './payload'
import type { ProfessionKey, Tariff } from './types'

const readTariffs = cached('tariffs-own', ['tariffs'], async (lang: Lang): Promise<Tariff[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tariffs',
    ...ownTextIn(lang),
    depth: 0,
    limit: clampLimit(500),
    sort: 'effectiveFrom',
    select: {
      code: true,
      title: true,
      description: true,
      professionCategories: true,
      professions: true,
      effectiveFrom: true,
      effectiveTo: true,
      sourceUrl: true,
    },
  })
  return docs.map((doc) => ({
    id: doc.id,
    code: doc.code,
    title: doc.title ?? '',
    description: doc.description ?? null,
    categoryIds: idsOf(doc.professionCategories),
    professions: (doc.professions ?? []) as ProfessionKey[],
    effectiveFrom: doc.effectiveFrom,
    effectiveTo: doc.effectiveTo ?? null,
    sourceUrl: isSafeHref(doc.sourceUrl) ? doc.sourceUrl : null,
  }))
})

/**
 * Every published tariff, oldest first, in one language; text without a translation is bokmål and named in
 * `fallback`. Whether one is current is decided when a page renders, not here.
 */
export async function getTariffs(lang: Lang): Promise<Tariff[]> {
  const own = await readTariffs(lang)
  return lang === 'nb' ? own : fillListFromBokmal(lang, own, await readTariffs('nb'), ['title', 'description'])
}
