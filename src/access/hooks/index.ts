import type { CollectionConfig } from 'payload'

import { enforcePublishRule } from './enforcePublishRule'
import { refuseForeignDuplicate } from './refuseForeignDuplicate'
import { refusePublishedDelete } from './refusePublishedDelete'
import { refuseReviewedDelete } from './refuseReviewedDelete'
import { refuseUploadWithoutAccess } from './refuseUploadWithoutAccess'
import { refuseVersionRestore } from './refuseVersionRestore'
import { rememberWriteMode } from './writeMode'

export { constrainOwner } from './constrainOwner'

/**
 * The hooks that enforce the matrix's `publish` row on a content collection (incoming data, deletes, version
 * restores; the owner rule sits on the owner field, src/fields/ownerField.ts), the delete of what the editors
 * have or once approved, a file from someone the matrix refuses outright, and a vendor's copy of another
 * organisation's entry. The hooks read the row from the
 * collection they run for.
 */
export function matrixHooks(): NonNullable<CollectionConfig['hooks']> {
  return {
    beforeOperation: [rememberWriteMode, refuseVersionRestore, refuseUploadWithoutAccess, refuseForeignDuplicate],
    beforeChange: [enforcePublishRule],
    beforeDelete: [refusePublishedDelete, refuseReviewedDelete],
  }
}
