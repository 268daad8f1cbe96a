import type { SanitizedConfig } from 'payload'

import { accessFor } from './accessFor'

/**
 * Collections that Payload adds itself during sanitising, so their config is only reachable afterwards.
 * Their access comes from the roles matrix like every other collection's.
 */
const ADDED_BY_PAYLOAD = ['payload-locked-documents'] as const

export function restrictPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const slug of ADDED_BY_PAYLOAD) {
    const collection = config.collections.find((c) => c.slug === slug)
    if (!collection) throw new Error(`Payload no longer adds the ${slug} collection; review src/access/restrictPayloadCollections.ts`)
    const { admin: _panel, unlock: _unlock, ...keys } = accessFor(slug)
    collection.access = { ...collection.access, ...keys }
  }
  return config
}
