import type { Payload } from 'payload'

import { CONTENT_TAGS } from '../../../src/invalidation/index.mjs'
import { seedGuide } from '../../../src/seed'
import { seedOnEmpty } from '../../../src/seed/seedOnEmpty'
import { bootPayload } from '../../helpers/boot'
import { startReceiver, type Receiver } from '../../helpers/receiver'

// The seed writes with revalidation off and announces once, through the same channel as every change.
let payload: Payload
let receiver: Receiver

beforeAll(async () => {
  receiver = await startReceiver()
  process.env.CONTENT_CHANGES_URL = receiver.url
  payload = (await bootPayload()).payload
})

afterAll(async () => {
  process.env.CONTENT_CHANGES_URL = 'off'
  delete process.env.SEED_ON_EMPTY
  await receiver.close()
})

describe('the seed announces what it loaded', () => {
  it('the seed on an empty database as Payload starts (SEED_ON_EMPTY) expires every tag once, in one signed announcement', async () => {
    process.env.SEED_ON_EMPTY = 'true'
    await seedOnEmpty(payload)
    expect(receiver.received).toHaveLength(1)
    expect(receiver.received[0]!.signedCorrectly).toBe(true)
    expect([...(receiver.received[0]!.tags as string[])].sort()).toEqual([...CONTENT_TAGS].sort())
  }, 120_000)

  it('on a database that has the guide, seedOnEmpty loads and announces nothing', async () => {
    receiver.clear()
    await seedOnEmpty(payload)
    expect(receiver.received).toEqual([])
  })

  it('a seeded document an editor deleted comes back on the next seed run, which announces it', async () => {
    const [vendor] = (await payload.find({ collection: 'vendors', where: { _status: { equals: 'published' } }, limit: 1, overrideAccess: true })).docs
    await payload.delete({ collection: 'vendors', id: vendor!.id, overrideAccess: true })
    receiver.clear()
    const { announceSeeded } = await import('../../../src/seed/seedOnEmpty')
    const report = await seedGuide(payload)
    expect(report.vendors.created).toBe(1)
    await announceSeeded(report, payload.logger)
    expect(receiver.tags()).toEqual(expect.arrayContaining(['vendors']))
    const back = await payload.find({ collection: 'vendors', where: { slug: { equals: vendor!.slug } }, overrideAccess: true })
    expect(back.docs[0]?._status).toBe('published')
  }, 120_000)
})
