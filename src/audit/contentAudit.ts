import type { CollectionConfig } from 'payload'

import { noteAutosave } from './hooks/noteAutosave'
import { notePublishedState } from './hooks/notePublishedState'
import { recordContentChange } from './hooks/recordContentChange'
import { recordDelete } from './hooks/recordDelete'

/**
 * The 'audit' shared part's hooks for every content collection (src/collections/contentCollection.ts):
 * create, update (with the changed fields), publish, unpublish and delete in the audit log.
 */
export function contentAuditHooks(): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [noteAutosave],
    beforeChange: [notePublishedState],
    afterChange: [recordContentChange],
    afterDelete: [recordDelete],
  }
}
