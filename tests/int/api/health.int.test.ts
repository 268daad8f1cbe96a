import type { BootedPayload } from '../../helpers/api'

import { bootPayload } from '../../helpers/boot'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})

describe('GET /api/health', () => {
  it('answers 200 with the adapter name when the database answers', async () => {
    const response = await booted.api.get('/health')
    expect(response.status).toBe(200)
    const expected = process.env.TEST_MONGODB_URI ? 'mongodb' : 'sqlite'
    expect(await response.json()).toEqual({ status: 'ok', database: expected })
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
