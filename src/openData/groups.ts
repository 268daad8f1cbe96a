import type { Category, DocId } from '../content/types'

/** A profession group as the open data names it. */
export type GroupRef = { slug: string; name: string }

/** The groups an entry belongs to, in the guide's order (the categories' order); ids no published group has are left out. */
export function groupsOf(ids: readonly DocId[], categories: readonly Category[]): GroupRef[] {
  return categories.filter((c) => ids.includes(c.id)).map((c) => ({ slug: c.slug, name: c.name }))
}
