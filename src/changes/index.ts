import type { CollectionConfig, Field } from 'payload'

import { lastMajorChangeField } from './lastMajorChangeField'
import { logMajorChange } from './logMajorChange'

/** The change log's field on a collection with drafts: when it last changed in a way readers are told about. */
export function changeLogFields({ drafts }: { drafts: boolean }): Field[] {
  return drafts ? [lastMajorChangeField()] : []
}

/** The change log's hooks on a collection with drafts: the entry (and the subscribers' mail) after a major publish. */
export function changeLogHooks({ drafts }: { drafts: boolean }): NonNullable<CollectionConfig['hooks']> {
  return drafts ? { afterChange: [logMajorChange] } : {}
}
