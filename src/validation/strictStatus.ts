import type { Field, SanitizedConfig } from 'payload'

import { say } from './messages'
import { checkPublicationStatus } from './rules'

/** Payload's `_status` check: only `draft` and `published`. */
const validateStatus = (value: unknown, options: Parameters<typeof say>[1]) => {
  const problem = checkPublicationStatus(value)
  return problem ? say(problem, options) : true
}

function setStatusValidation(fields: Field[]) {
  for (const field of fields) if ('name' in field && field.name === '_status') (field as { validate?: unknown }).validate = validateStatus
}

/**
 * Payload 3.90.1 adds `_status` to every collection and global with drafts after it has given fields their
 * validation, so `_status` has none and `"archived"` is stored (and then indexed for search, since only
 * `draft` is kept out). It gets one here, once the config is sanitized.
 */
export function strictStatus(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (!entity.versions || !entity.versions.drafts) continue
    setStatusValidation(entity.fields)
    setStatusValidation(entity.flattenedFields as Field[])
  }
  return config
}
