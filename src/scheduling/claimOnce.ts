import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type JobId = number | string
type UpdateJobs = BaseDatabaseAdapter['updateJobs']
type UpdateJobsArgs = Parameters<UpdateJobs>[0]

type Sqlite = { name: 'sqlite'; client: { execute: (query: { sql: string; args: unknown[] }) => Promise<{ rowsAffected: number }> } }
type Mongo = { name: 'mongoose'; collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }> }

/** A runner picking jobs up: Payload's runJobs sets `processing` on the jobs it is about to run. */
function isClaim(args: UpdateJobsArgs): boolean {
  return (args.data as { processing?: unknown } | undefined)?.processing === true
}

/**
 * Marks one job as taken only if no one has: one conditional update, which the database applies to one writer
 * only. The other process (or the other run in this one) sees no row changed and leaves the job alone.
 */
async function takeJob(adapter: BaseDatabaseAdapter, id: JobId): Promise<boolean> {
  if (adapter.name === 'sqlite') {
    const result = await (adapter as unknown as Sqlite).client.execute({
      sql: 'UPDATE payload_jobs SET processing = 1 WHERE id = ? AND (processing = 0 OR processing IS NULL)',
      args: [id],
    })
    return result.rowsAffected === 1
  }
  if (adapter.name === 'mongoose') {
    const result = await (adapter as unknown as Mongo).collections['payload-jobs']!.updateOne({ _id: id, processing: { $ne: true } }, { $set: { processing: true } })
    return result.modifiedCount === 1
  }
  throw new Error(`claimOnce: no conditional job claim for the ${adapter.name} adapter`)
}

/**
 * The adapter with job claims that hold across processes. Payload picks due jobs up by reading them and then
 * marking them `processing`, two steps another process (a second app, a CLI run, a second autoRun tick) can run
 * between, so both would run one job: a scheduled publish twice. Here each job it read is taken with one
 * conditional update, and only the jobs this runner took are returned to it to run.
 */
export function withClaimOnce<T extends BaseDatabaseAdapter>(adapterObj: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const updateJobs = adapter.updateJobs.bind(adapter)
      adapter.updateJobs = (async (incoming: UpdateJobsArgs) => {
        if (!isClaim(incoming)) return updateJobs(incoming)
        const { req, where, limit, sort } = incoming
        const candidates = incoming.id
          ? [{ id: incoming.id }]
          : (await adapter.find({ collection: 'payload-jobs', where: where ?? {}, limit, sort, pagination: false, req })).docs
        const taken = []
        for (const candidate of candidates) {
          if (!(await takeJob(adapter, candidate.id as JobId))) continue
          const [job] = (await updateJobs({ id: candidate.id as JobId, data: incoming.data, req, returning: true })) ?? []
          if (job) taken.push(job)
        }
        return incoming.returning === false ? null : taken
      }) as UpdateJobs
      return adapter
    },
  }
}
