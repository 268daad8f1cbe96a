import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

import { afterCommit, withAfterCommit } from '../../../src/db/afterCommit'

// The hooks announce a change through afterCommit. SQLite as configured here opens no transactions, so the
// int tests never reach the queue; MongoDB with a replica set does. This drives the queue with an adapter
// that records its commits and rollbacks.
function fakeAdapter(log: string[]) {
  const adapterObj = {
    name: 'fake',
    defaultIDType: 'number',
    init: () => ({
      commitTransaction: async (id: number | string | Promise<number | string>) => void log.push(`commit ${await id}`),
      rollbackTransaction: async (id: number | string | Promise<number | string>) => void log.push(`rollback ${await id}`),
    }),
  } as unknown as DatabaseAdapterObj
  const db = withAfterCommit(adapterObj).init({ payload: {} } as never)
  const req = (transactionID: unknown) => ({ transactionID, payload: { db } }) as unknown as PayloadRequest
  return { db, req }
}

describe('afterCommit', () => {
  it('runs a task of a transaction only after its commit, in the order queued', async () => {
    const log: string[] = []
    const { db, req } = fakeAdapter(log)
    await afterCommit(req('t1'), async () => void log.push('first'))
    await afterCommit(req(Promise.resolve('t1')), async () => void log.push('second'))
    expect(log).toEqual([])
    await db.commitTransaction('t1')
    expect(log).toEqual(['commit t1', 'first', 'second'])
    await db.commitTransaction('t1')
    expect(log).toEqual(['commit t1', 'first', 'second', 'commit t1'])
  })

  it('drops the tasks of a rolled-back transaction and leaves other transactions alone', async () => {
    const log: string[] = []
    const { db, req } = fakeAdapter(log)
    await afterCommit(req(7), async () => void log.push('rolled back'))
    await afterCommit(req(8), async () => void log.push('kept'))
    await db.rollbackTransaction(7)
    await db.commitTransaction(7)
    expect(log).toEqual(['rollback 7', 'commit 7'])
    await db.commitTransaction(8)
    expect(log).toEqual(['rollback 7', 'commit 7', 'commit 8', 'kept'])
  })

  it('runs at once without a transaction, also when a copied request turned the pending id into {}', async () => {
    const log: string[] = []
    const { req } = fakeAdapter(log)
    await afterCommit(req(undefined), async () => void log.push('none'))
    await afterCommit(req({}), async () => void log.push('copied'))
    expect(log).toEqual(['none', 'copied'])
  })
})
