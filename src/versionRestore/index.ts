import type { CollectionConfig, Endpoint } from 'payload'

import { recordRestore } from './recordRestore'
import { refusePublishingRestore } from './refusePublishingRestore'
import { restoreAsDraftEndpoint } from './restoreAsDraftEndpoint'
import { restoredAsNewDraft } from './restoredAsNewDraft'
import { rememberRestoreMode } from './restoreMode'

/** The hooks that make a version restore a new draft in review, recorded in the audit log (SHARED_PARTS 'versionRestore'). */
export function versionRestoreHooks(): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [refusePublishingRestore, rememberRestoreMode],
    beforeChange: [restoredAsNewDraft],
    afterOperation: [recordRestore],
  }
}

/** The REST door of a restore, always as a draft. */
export function versionRestoreEndpoints(): Endpoint[] {
  return [restoreAsDraftEndpoint]
}
