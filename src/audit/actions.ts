/** What an audit entry records: the actions of issue 11's audit log, each with its admin label. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'schedule',
  'review',
  'force-publish',
  'restore',
  'withdraw',
  'preview-link-created',
  'preview-link-revoked',
  'invitation-created',
  'invitation-accepted',
  'invitation-limited',
  'login',
  'login-failed',
  'role-change',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, { nb: string; en: string }> = {
  create: { nb: 'Opprettet', en: 'Created' },
  update: { nb: 'Endret', en: 'Updated' },
  publish: { nb: 'Publisert', en: 'Published' },
  unpublish: { nb: 'Avpublisert', en: 'Unpublished' },
  delete: { nb: 'Slettet', en: 'Deleted' },
  schedule: { nb: 'Planlagt', en: 'Scheduled' },
  review: { nb: 'Gjennomgang', en: 'Review' },
  'force-publish': { nb: 'Tvangspublisert', en: 'Force-published' },
  restore: { nb: 'Gjenopprettet versjon', en: 'Version restored' },
  withdraw: { nb: 'Trukket tilbake', en: 'Withdrawn' },
  'preview-link-created': { nb: 'Forhåndsvisningslenke laget', en: 'Preview link created' },
  'preview-link-revoked': { nb: 'Forhåndsvisningslenke trukket tilbake', en: 'Preview link revoked' },
  'invitation-created': { nb: 'Invitasjon laget', en: 'Invitation created' },
  'invitation-accepted': { nb: 'Invitasjon godtatt', en: 'Invitation accepted' },
  'invitation-limited': { nb: 'Invitasjon stoppet av grensen', en: 'Invitation stopped by the limit' },
  login: { nb: 'Innlogging', en: 'Login' },
  'login-failed': { nb: 'Mislykket innlogging', en: 'Failed login' },
  'role-change': { nb: 'Rolleendring', en: 'Role change' },
}

/** The audit log's collection slug. */
export const AUDIT_LOG = 'audit-log'

/** The actor label of an entry written without a signed-in user (a job, a script, the server itself). */
export const SYSTEM_ACTOR = 'system'
