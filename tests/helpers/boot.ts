import { getPayload } from 'payload'

import config from '@payload-config'
import { createApiClient, type BootedPayload } from './api'

/** Boots Payload on this test file's private database and returns it with an in-process HTTP client. */
export async function bootPayload(): Promise<BootedPayload> {
  const payload = await getPayload({ config })
  return { payload, api: createApiClient(config) }
}
