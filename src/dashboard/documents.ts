import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { REVIEWED_COLLECTIONS, REVIEWED_LABELS, type ReviewedCollection } from '../workflow/collections'

/** One document as the dashboard lists it: which, what it is called, and where the admin edits it. */
export type DocumentRef = { collection: ReviewedCollection; id: number | string; title: string; href: string }

/** The field that names a document of each collection (its admin title). */
export const TITLE_FIELD: Record<ReviewedCollection, string> = { articles: 'title', vendors: 'name', tariffs: 'code', 'research-links': 'title' }

export const COLLECTION_LABELS = REVIEWED_LABELS

export const editHref = (collection: string, id: number | string) => `/admin/collections/${collection}/${id}`

type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

export function refOf(collection: ReviewedCollection, doc: Doc): DocumentRef {
  const title = doc[TITLE_FIELD[collection]]
  return { collection, id: doc.id, title: typeof title === 'string' && title ? title : `#${doc.id}`, href: editHref(collection, doc.id) }
}

/**
 * The latest version (drafts included) of every document of the versioned collections that matches, read as
 * the user (overrideAccess off: a user sees only what they may read). Newest change first.
 */
export async function findLatest(req: PayloadRequest, where: Where, limit = 50): Promise<(DocumentRef & { updatedAt?: string; doc: Doc })[]> {
  const found = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection: collection as CollectionSlug,
        where,
        draft: true,
        depth: 0,
        limit,
        sort: '-updatedAt',
        overrideAccess: false,
        user: req.user,
        req,
      })
      return (docs as unknown as Doc[]).map((doc) => ({ ...refOf(collection, doc), updatedAt: doc.updatedAt, doc }))
    }),
  )
  return found.flat().sort((a, b) => String(b.updatedAt ?? '').localeCompare(String(a.updatedAt ?? '')))
}
