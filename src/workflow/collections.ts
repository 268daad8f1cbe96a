import type { CollectionSlug } from 'payload'

/** The collections with drafts: every one of them goes through review before publishing. */
export const REVIEWED_COLLECTIONS = ['articles', 'vendors', 'tariffs', 'research-links'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const isReviewedCollection = (value: unknown): value is ReviewedCollection =>
  typeof value === 'string' && (REVIEWED_COLLECTIONS as readonly string[]).includes(value)

export const REVIEWED_LABELS: Record<ReviewedCollection, { nb: string; en: string }> = {
  articles: { nb: 'Artikler', en: 'Articles' },
  vendors: { nb: 'Leverandører', en: 'Vendors' },
  tariffs: { nb: 'Takster', en: 'Tariffs' },
  'research-links': { nb: 'Forskning', en: 'Research' },
}

/** The review thread's collection (collections/review-comments/). */
export const REVIEW_COMMENTS = 'review-comments' as CollectionSlug
