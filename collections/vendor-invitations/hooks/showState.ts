import type { FieldHook } from 'payload'

import { stateOf } from '@/invitations/invitation'

/** Why: "sent", "accepted" or "expired" is a matter of today's date, so it is worked out on every read, never stored. */
export const showState: FieldHook = ({ siblingData }) =>
  stateOf({ expiresAt: (siblingData?.expiresAt as string | null | undefined) ?? null, acceptedAt: (siblingData?.acceptedAt as string | null | undefined) ?? null })
