import type { BootedPayload } from '../../helpers/api'

import { bootPayload } from '../../helpers/boot'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})

describe('GET /api/health when the database is gone', () => {
  it('answers 503 with a short reason and no stack trace', async () => {
    await booted.payload.db.destroy?.()
    const response = await booted.api.get('/health')
    expect(response.status).toBe(503)
    const body = (await response.json()) as Record<string, string>
    expect(body).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('database') })
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|node_modules/)
  })
})
