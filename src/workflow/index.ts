import type { CollectionConfig } from 'payload'

import { checkPublish } from './checkPublish'
import { PUBLISH_BUTTON } from './fields'
import { notifyApproval } from './notifyApproval'
import { recordForcePublish } from './recordForcePublish'
import { trackWorkflow } from './trackWorkflow'

export { workflowFields } from './fields'

/** The review workflow's hooks on a collection with drafts: the publish checks first, then the server-set fields; after, a vendor entry's approval is told. */
export function workflowHooks({ drafts }: { drafts: boolean }): NonNullable<CollectionConfig['hooks']> {
  if (!drafts) return {}
  return { beforeChange: [checkPublish, trackWorkflow], afterChange: [recordForcePublish, notifyApproval] }
}

/** The edit view's Publish button that asks the workflow first (collections with drafts only). */
export function workflowEditComponents({ drafts }: { drafts: boolean }): Record<string, string> {
  return drafts ? { PublishButton: PUBLISH_BUTTON } : {}
}
