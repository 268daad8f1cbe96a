import type { PayloadRequest } from 'payload'

import { osloDay } from '../i18n/format'
import { startOfOsloDay } from '../scheduling/osloTime'
import { REVIEWED_COLLECTIONS as WITH_REVIEW_DATES } from '../scheduling/reviewReminders'
import { refOf, type DocumentRef } from './documents'

/** How far ahead the dashboard lists review dates. */
export const REVIEW_WINDOW_DAYS = 30

export type ReviewDateItem = DocumentRef & { nextReviewAt: string; overdue: boolean }

/**
 * Articles and vendor entries whose next review date has passed (overdue) or comes within 30 days, earliest
 * first, read as the user. A date is an Oslo day: overdue once the day after it has begun.
 */
export async function reviewDates(req: PayloadRequest, now = new Date()): Promise<ReviewDateItem[]> {
  const today = startOfOsloDay(osloDay(now))
  const until = new Date(today.getTime() + (REVIEW_WINDOW_DAYS + 1) * 86_400_000)
  const found = await Promise.all(
    (Object.keys(WITH_REVIEW_DATES) as (keyof typeof WITH_REVIEW_DATES)[]).map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: { nextReviewAt: { less_than: until.toISOString() } },
        sort: 'nextReviewAt',
        depth: 0,
        limit: 100,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return (docs as unknown as { id: number | string; nextReviewAt: string }[]).map((doc) => ({
        ...refOf(collection, doc as never),
        nextReviewAt: doc.nextReviewAt,
        overdue: new Date(doc.nextReviewAt).getTime() < today.getTime(),
      }))
    }),
  )
  return found.flat().sort((a, b) => a.nextReviewAt.localeCompare(b.nextReviewAt))
}
