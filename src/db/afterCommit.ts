import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type Task = () => Promise<void>
type TransactionID = number | string
/** Tasks waiting for their transaction, kept on the adapter (one per Payload) under a key every bundle shares. */
const WAITING = Symbol.for('videoveileder.db.afterCommit')
type Waiting = { [WAITING]?: Map<TransactionID, Task[]> }

/**
 * Runs `task` once what `req` wrote is committed: at once when `req` is in no transaction (MongoDB without a
 * replica set, or after the commit), otherwise right after its commit, which waits for it. A rolled-back
 * transaction drops its tasks. Why: Payload runs afterChange hooks inside the operation's transaction, and a
 * page rendered between a cache expiry and the commit would be cached again with the old content.
 */
export async function afterCommit(req: PayloadRequest, task: Task): Promise<void> {
  const id = await transactionOf(req)
  const waiting = (req.payload.db as unknown as Waiting)[WAITING]
  if (id === undefined || !waiting) return task()
  waiting.set(id, [...(waiting.get(id) ?? []), task])
}

/**
 * The id of the transaction `req` writes in, or undefined. Only a string or number is one: Payload's
 * relationship loader copies `req.transactionID` through JSON, which turns a pending promise into `{}`.
 */
export async function transactionOf(req: PayloadRequest): Promise<TransactionID | undefined> {
  const id: unknown = await req.transactionID
  return typeof id === 'string' || typeof id === 'number' ? id : undefined
}

/** The adapter with commits that run the tasks `afterCommit` queued for them (see there). */
export function withAfterCommit<T extends BaseDatabaseAdapter>(adapterObj: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as T & Waiting
      const waiting = new Map<TransactionID, Task[]>()
      adapter[WAITING] = waiting
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)
      adapter.commitTransaction = async (incoming) => {
        const id = await incoming
        await commit(id)
        const tasks = waiting.get(id) ?? []
        waiting.delete(id)
        for (const task of tasks) await task()
      }
      adapter.rollbackTransaction = async (incoming) => {
        const id = await incoming
        waiting.delete(id)
        await rollback(id)
      }
      return adapter
    },
  }
}
