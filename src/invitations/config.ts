import type { CollectionConfig, TaskConfig } from 'payload'

/** Invitations to a vendor organisation (issue 12 item 1): the collection and its mail task. Filled in by the invitations work. */
export const invitationCollections: CollectionConfig[] = []
export const invitationTasks: TaskConfig[] = []
