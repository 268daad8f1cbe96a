import type { SanitizedConfig } from 'payload'

import { accessFor, mark } from './accessFor'
import { adminLockReads } from './adminLockReads'

/**
 * Collections that Payload adds itself during sanitising, so their config is only reachable afterwards.
 * Their access comes from the roles matrix like every other collection's.
 */
const ADDED_BY_PAYLOAD = ['payload-locked-documents'] as const

/**
 * Globals Payload adds itself. payload-jobs-stats records when each scheduled task was last queued; Payload's
 * default lets any logged-in user read and overwrite it (and so stop the review reminders). Payload's scheduler
 * reads and writes it through the database only, so no one needs it over an API.
 */
const CLOSED_PAYLOAD_GLOBALS = ['payload-jobs-stats'] as const

export function restrictPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  for (const slug of CLOSED_PAYLOAD_GLOBALS) {
    const global = config.globals.find((g) => g.slug === slug)
    if (!global) continue
    const closed = mark(() => false)
    global.access = { ...global.access, read: closed, update: closed, readVersions: closed }
  }
  for (const slug of ADDED_BY_PAYLOAD) {
    const collection = config.collections.find((c) => c.slug === slug)
    if (!collection) throw new Error(`Payload no longer adds the ${slug} collection; review src/access/restrictPayloadCollections.ts`)
    const { admin: _panel, unlock: _unlock, ...keys } = accessFor(slug)
    // A vendor's admin asks who is editing its own entries (src/access/adminLockReads.ts).
    const read = slug === 'payload-locked-documents' ? adminLockReads(keys.read!) : keys.read!
    collection.access = { ...collection.access, ...keys, read }
  }
  return config
}
