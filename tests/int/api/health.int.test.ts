import type { BootedPayload } from '../../helpers/api'

import { announceContentChange } from '../../../src/invalidation/index.mjs'
import { bootPayload } from '../../helpers/boot'
import { freePort } from '../../helpers/server'
import { startReceiver } from '../../helpers/receiver'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})

describe('GET /api/health', () => {
  it('answers 200 with the adapter name and no failed invalidations when the database answers', async () => {
    const response = await booted.api.get('/health')
    expect(response.status).toBe(200)
    const expected = process.env.TEST_MONGODB_URI ? 'mongodb' : 'sqlite'
    expect(await response.json()).toEqual({
      status: 'ok',
      database: expected,
      invalidation: { failures: 0, unreachable: 0, lastFailureAt: null, lastError: null },
    })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('counts content changes that did not reach an app process, and stays 200 (the site still serves)', async () => {
    const receiver = await startReceiver()
    receiver.state.status = 500
    process.env.CONTENT_CHANGES_URL = receiver.url
    try {
      await booted.payload.create({ collection: 'profession-categories', data: { name: 'Psykologer', order: 2 }, overrideAccess: true })
      await announceContentChange(['vendors'], booted.payload.logger)
    } finally {
      process.env.CONTENT_CHANGES_URL = 'off'
      await receiver.close()
    }
    expect(receiver.received).toHaveLength(2)
    const response = await booted.api.get('/health')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { status: string; invalidation: { failures: number; lastFailureAt: string; lastError: string } }
    expect(body.status).toBe('ok')
    expect(body.invalidation.failures).toBe(2)
    expect(body.invalidation.lastError).toBe('a content change was not delivered: answered 500')
    expect(Date.now() - Date.parse(body.invalidation.lastFailureAt)).toBeLessThan(10_000)
    expect(JSON.stringify(body)).not.toContain('127.0.0.1')
  })
  it('counts content changes sent where nothing listens (a wrong CONTENT_CHANGES_URL or PORT) as unreachable, apart from the failures', async () => {
    const before = (await (await booted.api.get('/health')).json()) as { invalidation: { failures: number; unreachable: number } }
    process.env.CONTENT_CHANGES_URL = `http://127.0.0.1:${await freePort()}/api/internal/content-changed`
    try {
      await booted.payload.create({ collection: 'profession-categories', data: { name: 'Fysioterapeuter', order: 3 }, overrideAccess: true })
    } finally {
      process.env.CONTENT_CHANGES_URL = 'off'
    }
    const response = await booted.api.get('/health')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { invalidation: { failures: number; unreachable: number; lastError: string } }
    expect(body.invalidation.unreachable).toBe(before.invalidation.unreachable + 1)
    expect(body.invalidation.failures).toBe(before.invalidation.failures)
    expect(body.invalidation.lastError).toBe('a content change was not delivered: nothing listens at the configured address')
    expect(JSON.stringify(body)).not.toContain('127.0.0.1')
  })
})
