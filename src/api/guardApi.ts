import type { SanitizedConfig } from 'payload'

import { limitListSize } from '../hooks/limitListSize'
import { checkCreateAccessFirst } from './guards/checkCreateAccessFirst'
import { checkIdFormat } from './guards/checkIdFormat'
import { checkWhere } from './guards/checkWhere'
import { deletePreference } from './guards/deletePreference'
import { refuseMissingVersions } from './guards/refuseMissingVersions'
import { requireExistingRelations } from './guards/requireExistingRelations'

/** Plugin collections whose own beforeOperation hooks do work before Payload checks access. */
const WORK_BEFORE_ACCESS = ['exports', 'imports']
/** Collections Payload and its plugins fill themselves; their relations are set by code, not by people. */
const isSystemCollection = (slug: string) => slug.startsWith('payload-') || ['search', 'exports', 'imports'].includes(slug)

/**
 * Guards Payload's API against requests that would fail inside it with a 500 although the client made the
 * mistake, so they answer 4xx with a message, and bounds the lists clients read (src/hooks/limitListSize.ts): ids that cannot be ids, `where` the database cannot run,
 * versions of what keeps none, relations to documents that do not exist, and the two Payload handlers that
 * fail on their own. Runs on the sanitised config, where Payload's default endpoints and collections exist.
 */
export function guardApi(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const firstHooks = WORK_BEFORE_ACCESS.includes(collection.slug) ? [checkWhere, checkCreateAccessFirst, limitListSize] : [checkWhere, limitListSize]
    collection.hooks.beforeOperation = [...firstHooks, ...(collection.hooks.beforeOperation ?? [])]
    if (!isSystemCollection(collection.slug)) requireExistingRelations(collection.fields)
    if (!collection.endpoints) continue
    collection.endpoints = collection.endpoints.map((endpoint) => {
      if (collection.slug === 'payload-preferences' && endpoint.method === 'delete' && endpoint.path === '/:key') {
        return { ...endpoint, handler: deletePreference }
      }
      return refuseMissingVersions(checkIdFormat(endpoint, collection), collection, 'collection')
    })
  }
  for (const global of config.globals) {
    requireExistingRelations(global.fields)
    if (!global.endpoints) continue
    global.endpoints = global.endpoints.map((endpoint) => refuseMissingVersions(checkIdFormat(endpoint), global, 'global'))
  }
  return config
}
