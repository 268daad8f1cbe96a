import type { PayloadRequest } from 'payload'

import { failedJobs } from './failures'
import { recentlyPublished } from './published'
import { awaitingMyReview, myDrafts } from './review'
import { reviewDates } from './reviewDates'
import { scheduledPublishing } from './scheduled'

export type { DocumentRef } from './documents'
export type { FailedJob } from './failures'
export type { PublishedItem } from './published'
export type { ReviewItem } from './review'
export type { ReviewDateItem } from './reviewDates'
export type { ScheduledItem } from './scheduled'
export { awaitingMyReview, failedJobs, myDrafts, recentlyPublished, reviewDates, scheduledPublishing }

/** Every section of the editorial dashboard, read as the request's user (src/admin/dashboard/). */
export async function editorialDashboard(req: PayloadRequest) {
  const [review, drafts, scheduled, dates, published, failed] = await Promise.all([
    awaitingMyReview(req),
    myDrafts(req),
    scheduledPublishing(req),
    reviewDates(req),
    recentlyPublished(req),
    failedJobs(req),
  ])
  return { review, drafts, scheduled, dates, published, failed }
}

export type EditorialDashboardData = Awaited<ReturnType<typeof editorialDashboard>>
