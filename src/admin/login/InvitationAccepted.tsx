import { ADMIN_MESSAGES } from '@/invitations/texts'
import { say } from '@/validation/messages'

type Props = { i18n?: { language?: string }; searchParams?: Record<string, string | string[] | undefined> }

/** Above the login form, after an invitation was accepted (src/invitations/routes.ts sends the person here): the account is ready. */
export function InvitationAccepted({ i18n, searchParams }: Props) {
  if (searchParams?.invitasjon !== 'godtatt') return null
  return (
    <div role="status" className="invitation-accepted" style={{ border: '2px solid var(--theme-success-500, #2e7d32)', borderRadius: 4, padding: '0.75rem 1rem', marginBottom: '1.5rem' }}>
      {say(ADMIN_MESSAGES.accepted, { req: { i18n } })}
    </div>
  )
}
