import type { CollectionConfig, TaskConfig } from 'payload'

import { VendorInvitations } from '../../collections/vendor-invitations'
import { sendInvitationMailTask } from './sendInvitationMailTask'

/** Invitations to a vendor organisation (issue 12 item 1): the collection and its mail task. */
export const invitationCollections: CollectionConfig[] = [VendorInvitations]
export const invitationTasks: TaskConfig[] = [sendInvitationMailTask as unknown as TaskConfig]
