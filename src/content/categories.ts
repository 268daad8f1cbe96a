import type { Lang } from '../i18n/langs'
import { cachedForPublic } from './cached'
import { fillListFromBokmal } from './fallback'
import { clampLimit, ownTextIn, payloadClient, readAs } from './payload'
import type { Category } from './types'
import type { Viewer } from './viewer'

// Profession groups have no drafts: one read, as the viewer.
const readCategories = cachedForPublic('categories-own', ['profession-categories'], async (viewer: Viewer, lang: Lang): Promise<Category[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'profession-categories',
    ...readAs(viewer),
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
export async function getCategories(viewer: Viewer, lang: Lang): Promise<Category[]> {
  const own = await readCategories(viewer, lang)
  const filled = lang === 'nb' ? own : fillListFromBokmal(lang, own, await readCategories(viewer, 'nb'), ['name', 'slug', 'description'])
  return filled.filter((c) => c.slug)
}
