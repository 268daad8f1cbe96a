import type { PayloadRequest, TaskConfig, Where } from 'payload'

import { announceContentChange } from '../invalidation/index.mjs'
import { osloDay } from '../i18n/format'
import { startOfNextOsloDay, startOfOsloDay } from './osloTime'

/** The job that tells the site a published tariff's state (upcoming, current, expired) changes now. */
export const TARIFF_BOUNDARY_TASK = 'announceTariffBoundary'

type Dates = { effectiveFrom?: string | null; effectiveTo?: string | null }

/**
 * The instants a tariff's state on the site changes, as src/components/tariffs/status.ts decides it by the Oslo
 * day: it becomes current as its first day begins and expired as the day after its last begins.
 */
export function tariffBoundaries(tariff: Dates): Date[] {
  const boundaries: Date[] = []
  if (tariff.effectiveFrom) boundaries.push(startOfOsloDay(osloDay(tariff.effectiveFrom)))
  if (tariff.effectiveTo) boundaries.push(startOfNextOsloDay(tariff.effectiveTo))
  return boundaries.filter((instant) => !Number.isNaN(instant.getTime()))
}

/**
 * The task: announce the tariffs' tag (src/invalidation), so every page that shows a tariff state is rendered
 * anew. Cached pages would otherwise show yesterday's state until their cache lifetime runs out.
 */
export const announceTariffBoundaryTask: TaskConfig<{ input: { tariff: string; at: string }; output: object }> = {
  slug: TARIFF_BOUNDARY_TASK,
  label: 'Takst endrer status',
  inputSchema: [
    { name: 'tariff', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  retries: 3,
  handler: async ({ req }) => {
    await announceContentChange(['tariffs'], req.payload.logger)
    return { output: {} }
  },
}

/** The pending boundary jobs of one tariff. */
function pendingFor(id: string | number): Where {
  return {
    and: [
      { taskSlug: { equals: TARIFF_BOUNDARY_TASK } },
      { 'input.tariff': { equals: String(id) } },
      { processing: { equals: false } },
      { completedAt: { exists: false } },
    ],
  }
}

/**
 * Replaces a tariff's boundary jobs: the pending ones go, and one is queued for each future boundary of the
 * tariff as it is now published (none when it is not published). So a change of dates, an unpublish or a delete
 * leaves no job behind, and saving twice queues nothing twice.
 */
export async function replaceTariffBoundaries(req: PayloadRequest, id: string | number, published: Dates | null): Promise<void> {
  const { payload } = req
  await payload.db.deleteMany({ collection: 'payload-jobs', where: pendingFor(id), req })
  if (!published) return
  const now = Date.now()
  for (const at of tariffBoundaries(published)) {
    if (at.getTime() <= now) continue
    await payload.jobs.queue({ task: TARIFF_BOUNDARY_TASK, input: { tariff: String(id), at: at.toISOString() }, waitUntil: at, req } as never)
  }
}

/** The pending boundary jobs of one tariff, soonest first (for tests and the dashboard). */
export async function tariffBoundaryJobs(req: PayloadRequest, id: string | number): Promise<{ id: string | number; waitUntil: string }[]> {
  const { docs } = await req.payload.db.find({ collection: 'payload-jobs', where: pendingFor(id), sort: 'waitUntil', limit: 0, pagination: false, req })
  return docs as unknown as { id: string | number; waitUntil: string }[]
}
