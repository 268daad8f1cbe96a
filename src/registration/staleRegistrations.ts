import type { PayloadRequest, TaskConfig } from 'payload'

import { removeUnverified, type UnverifiedAccount } from './unverified'

/** How long a registration may wait for its address to be verified before it is removed. */
export const UNVERIFIED_MAX_AGE_HOURS = 48

export const STALE_REGISTRATION_TASK = 'removeStaleRegistrations'

/** Payload's `afterSchedule` hook of a schedule (the type is not exported). */
type AfterScheduleFn = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['afterSchedule']>

const STALE = `Registreringen ble aldri bekreftet (over ${UNVERIFIED_MAX_AGE_HOURS} timer) og er fjernet.`

/**
 * Deletes every account registered more than 48 hours ago whose address was never verified, and its
 * organisation when nobody else is a member and it holds no entries or invitations (./unverified.ts), each in
 * the audit log as the system. A registration that was never verified thus holds its address and its
 * organisation number for two days at most. Returns how many accounts went.
 */
export async function removeStaleRegistrations(req: PayloadRequest, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - UNVERIFIED_MAX_AGE_HOURS * 3600_000).toISOString()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ _verified: { equals: false } }, { createdAt: { less_than: before } }] },
    showHiddenFields: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const account of docs as unknown as UnverifiedAccount[]) await removeUnverified(req, account, STALE)
  if (docs.length > 0) req.payload.logger.info(`[registration] removed ${docs.length} registration(s) never verified within ${UNVERIFIED_MAX_AGE_HOURS} hours`)
  return docs.length
}

/**
 * Payload's scheduler reads payload-jobs-stats once per run and each scheduled task writes it back from that
 * copy, so a second scheduled task would overwrite the first's `lastScheduledRun` (or, on the first run, create
 * the global twice). This task's record is written from a fresh read instead, keeping the other tasks' records.
 */
const recordFromFreshStats: AfterScheduleFn = async (args) => {
  const jobStats = (await args.req.payload.db.findGlobal({ slug: 'payload-jobs-stats', req: args.req })) as typeof args.jobStats | undefined
  await args.defaultAfterSchedule({ ...args, jobStats: jobStats ?? null })
}

/** Every hour, inside the app's job runner (as src/scheduling/reviewReminders.ts): no outside cron. */
export const staleRegistrationTask: TaskConfig<{ input: object; output: { removed: number } }> = {
  slug: STALE_REGISTRATION_TASK,
  label: 'Fjern registreringer som aldri ble bekreftet',
  schedule: [{ cron: '30 * * * *', queue: 'default', hooks: { afterSchedule: recordFromFreshStats } }],
  retries: 2,
  handler: async ({ req }) => ({ output: { removed: await removeStaleRegistrations(req) } }),
}

/** The registration's jobs, for payload.config.ts's `jobs.tasks`. */
export const registrationTasks: TaskConfig[] = [staleRegistrationTask as unknown as TaskConfig]
