import type { Lang } from '../i18n/langs'
import { cached } from './cached'
import { clampLimit, payloadClient, publicReadIn } from './payload'
import type { Category } from './types'

/** The profession groups in the guide's order, in one language (missing translations fall back to bokmål). */
export const getCategories = cached('categories', ['profession-categories'], async (lang: Lang): Promise<Category[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'profession-categories',
    ...publicReadIn(lang),
    depth: 0,
    limit: clampLimit(100),
    sort: 'order',
    select: { name: true, slug: true, description: true, order: true },
  })
  return docs
    .filter((doc) => doc.slug)
    .map((doc) => ({
      id: doc.id,
      name: doc.name,
      slug: doc.slug as string,
      description: doc.description ?? null,
      order: doc.order,
    }))
})
