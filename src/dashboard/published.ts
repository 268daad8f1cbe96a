import type { CollectionSlug, PayloadRequest } from 'payload'

import { REVIEWED_COLLECTIONS, isReviewedCollection } from '../workflow/collections'
import { editHref, TITLE_FIELD, type DocumentRef } from './documents'

/** How far back the dashboard lists publishes. */
export const PUBLISHED_WINDOW_DAYS = 14

export type PublishedItem = DocumentRef & { publishedAt: string; note: string | null; by: string | null }

const CHANGE_LOG = 'change-log' as CollectionSlug

type LogEntry = { collection: string; docId: string; publishedAt: string; title?: string | null; note?: string | null; by?: unknown }
type Version = { parent: number | string | { id: number | string }; updatedAt: string; version: Record<string, unknown> }

/** The public change history (collections/change-log/): each published major change, with its note and publisher. */
async function fromChangeLog(req: PayloadRequest, since: Date): Promise<PublishedItem[]> {
  const { docs } = await req.payload.find({
    collection: CHANGE_LOG,
    where: { publishedAt: { greater_than_equal: since.toISOString() } },
    sort: '-publishedAt',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return (docs as unknown as LogEntry[])
    .filter((entry) => isReviewedCollection(entry.collection))
    .map((entry) => {
      const by = entry.by as { name?: string; email?: string } | null | undefined
      return {
        collection: entry.collection as DocumentRef['collection'],
        id: entry.docId,
        title: entry.title || `#${entry.docId}`,
        href: editHref(entry.collection, entry.docId),
        publishedAt: entry.publishedAt,
        note: entry.note ?? null,
        by: by && typeof by === 'object' ? by.name || by.email || null : null,
      }
    })
}

/** Without a change history: the published versions of every versioned collection. */
async function fromVersions(req: PayloadRequest, since: Date): Promise<PublishedItem[]> {
  const found = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection) => {
      const { docs } = await req.payload.findVersions({
        collection: collection as CollectionSlug,
        where: { and: [{ 'version._status': { equals: 'published' } }, { updatedAt: { greater_than_equal: since.toISOString() } }] },
        sort: '-updatedAt',
        depth: 0,
        limit: 100,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return (docs as unknown as Version[]).map((version) => {
        const id = typeof version.parent === 'object' ? version.parent.id : version.parent
        const title = version.version[TITLE_FIELD[collection]]
        return {
          collection,
          id,
          title: typeof title === 'string' && title ? title : `#${id}`,
          href: editHref(collection, id),
          publishedAt: version.updatedAt,
          note: null,
          by: null,
        }
      })
    }),
  )
  return found.flat().sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
}

/** What was published in the last 14 days, newest first: the change history where there is one. */
export async function recentlyPublished(req: PayloadRequest, now = new Date()): Promise<PublishedItem[]> {
  const since = new Date(now.getTime() - PUBLISHED_WINDOW_DAYS * 86_400_000)
  return req.payload.collections[CHANGE_LOG] ? fromChangeLog(req, since) : fromVersions(req, since)
}
