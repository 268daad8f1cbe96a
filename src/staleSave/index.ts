import type { CollectionConfig } from 'payload'

import { refuseStaleSave } from './refuseStaleSave'

/** The stale-save check of a content collection (SHARED_PARTS 'staleSave'): a save on a stale copy is a 409. */
export function staleSaveHooks(): NonNullable<CollectionConfig['hooks']> {
  return { beforeValidate: [refuseStaleSave] }
}
