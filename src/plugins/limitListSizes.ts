import type { SanitizedConfig } from 'payload'

import { limitListSize } from '../hooks/limitListSize'

/**
 * Puts `limitListSize` first among the read hooks of every collection: the project's, the plugins' (search,
 * exports, imports) and Payload's own (preferences, locks, jobs, migrations, kv). It runs on the sanitised
 * config, like restrictPayloadCollections, because Payload adds its own collections only after the plugins.
 */
export function limitListSizes(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const others = (collection.hooks.beforeOperation ?? []).filter((hook) => hook !== limitListSize)
    collection.hooks.beforeOperation = [limitListSize, ...others]
  }
  return config
}
