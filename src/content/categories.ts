import type { Lang } from '../i18n/langs'
import { cached } from './cached'
import { fillListFromBokmal } from './fallback'
import { clampLimit, ownTextIn, payloadClient } from './payload'
import type { Category } from './types'

const readCategories = cached('categories-own', ['profession-categories'], async (lang: Lang): Promise<Category[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'profession-categories',
    ...ownTextIn(lang),
    depth: 0,
    limit: clampLimit(100),
    sort: 'order',
    select: { name: true, slug: true, description: true, order: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name ?? '',
    slug: doc.slug ?? '',
    description: doc.description ?? null,
    order: doc.order,
  }))
})

/**
 * The profession groups in the guide's order, in one language. A name or description without a translation
 * is bokmål and named in `fallback`; a group without a slug in this language uses the bokmål slug.
 */
export async function getCategories(lang: Lang): Promise<Category[]> {
  const own = await readCategories(lang)
  const filled = lang === 'nb' ? own : fillListFromBokmal(lang, own, await readCategories('nb'), ['name', 'slug', 'description'])
  return filled.filter((c) => c.slug)
}
