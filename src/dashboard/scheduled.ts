import type { CollectionSlug, PayloadRequest } from 'payload'

import { isReviewedCollection } from '../workflow/collections'
import { refOf, type DocumentRef } from './documents'

/** One pending scheduled publish or unpublish: of what, which, when, by whom, and the job to cancel. */
export type ScheduledItem = {
  jobId: number | string
  type: 'publish' | 'unpublish'
  at: string
  by: string | null
  document: DocumentRef | null
}

type Job = {
  id: number | string
  waitUntil?: string
  input?: { type?: string; doc?: { relationTo?: string; value?: string }; user?: { relationTo?: string; value?: number | string } }
}

/**
 * Every publish and unpublish scheduled and not yet run (payload-jobs, read as the user: staff only), soonest
 * first, with the document's title and the scheduler's name as the user may read them.
 */
export async function scheduledPublishing(req: PayloadRequest): Promise<ScheduledItem[]> {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    sort: 'waitUntil',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return Promise.all(
    (docs as unknown as Job[]).map(async (job) => {
      const target = job.input?.doc
      let document: DocumentRef | null = null
      if (target?.relationTo && isReviewedCollection(target.relationTo) && target.value) {
        const doc = await payload.findByID({
          collection: target.relationTo as CollectionSlug,
          id: target.value,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
          req,
        })
        if (doc) document = refOf(target.relationTo, doc as never)
      }
      const userId = job.input?.user?.value
      const user = userId
        ? ((await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: false, user: req.user, disableErrors: true, req })) as {
            name?: string
            email?: string
          } | null)
        : null
      return {
        jobId: job.id,
        type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
        at: job.waitUntil ?? '',
        by: user ? (user.name || user.email || null) : null,
        document,
      }
    }),
  )
}
