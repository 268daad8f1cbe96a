import type { Lang } from '../i18n/langs'
import { isSafeHref } from '../validation/rules'
import { cachedForPublic } from './cached'
import { fillListFromBokmal } from './fallback'
import { by, clampLimit, findAs, idsOf, ownTextIn, payloadClient } from './payload'
import type { ProfessionKey, Tariff } from './types'
import type { Viewer } from './viewer'

const readTariffs = cachedForPublic('tariffs-own', ['tariffs'], async (viewer: Viewer, lang: Lang): Promise<Tariff[]> => {
  const payload = await payloadClient()
  const docs = await findAs(
    viewer,
    (read) =>
      payload.find({
        collection: 'tariffs',
        ...read,
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
      }),
    by((doc) => doc.effectiveFrom),
  )
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
 * Every tariff the viewer may read (the public: published), oldest first, in one language; text without a
 * translation is bokmål and named in `fallback`. Whether one is current is decided when a page renders, not here.
 */
export async function getTariffs(viewer: Viewer, lang: Lang): Promise<Tariff[]> {
  const own = await readTariffs(viewer, lang)
  return lang === 'nb' ? own : fillListFromBokmal(lang, own, await readTariffs(viewer, 'nb'), ['title', 'description'])
}
