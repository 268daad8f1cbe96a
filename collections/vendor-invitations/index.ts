import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFor } from '@/access/accessFor'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { constrainOwner } from '@/access/hooks'
import { organisationOf } from '@/access/organisation'
import { INVITATION_STATES, type InvitationState } from '@/invitations/invitation'
import { INVITATION_LIMITS } from '@/invitations/limits'
import { INVITATION_DAYS } from '@/invitations/texts'
import { limitInvitations } from './hooks/limitInvitations'
import { normaliseEmail } from './hooks/normaliseEmail'
import { queueInvitationMail } from './hooks/queueInvitationMail'
import { refuseAcceptedWithdrawal } from './hooks/refuseAcceptedWithdrawal'
import { refuseExistingAccount } from './hooks/refuseExistingAccount'
import { setInviter } from './hooks/setInviter'
import { showState } from './hooks/showState'

/** Written once, when the invitation is made; an invitation is never changed after. */
const fixedAfterCreate: { update: FieldAccess } = { update: () => false }
/** Set by the server only (setInviter, the mail job, the accept route). */
const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

const STATE_LABELS: Record<InvitationState, { nb: string; en: string }> = {
  queued: { nb: 'Sendes', en: 'Being sent' },
  sent: { nb: 'Sendt', en: 'Sent' },
  accepted: { nb: 'Godtatt', en: 'Accepted' },
  expired: { nb: 'Utløpt', en: 'Expired' },
}

/**
 * Invitations to join a vendor organisation (issue 12 item 1). Staff invite a person to any organisation, a
 * vendor member a colleague to its own (the owner is forced to it; another is 403). The person gets a mail
 * with a link that works once for 14 days (/invitasjon/<token>, only its SHA-256 stored and read by no API),
 * chooses a name and a password and becomes a vendor of that organisation. Never changed; withdrawn
 * (deleted) while unused.
 */
export const VendorInvitations: CollectionConfig = {
  slug: 'vendor-invitations',
  labels: {
    singular: { nb: 'Invitasjon', en: 'Invitation' },
    plural: { nb: 'Invitasjoner', en: 'Invitations' },
  },
  access: accessFor('vendor-invitations'),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'owner', 'state', 'expiresAt', 'invitedBy', 'createdAt'],
    group: { nb: 'Administrasjon', en: 'Administration' },
    description: {
      nb: `Inviter en person til en leverandørorganisasjon. Personen får en e-post med en lenke som virker én gang i ${INVITATION_DAYS} dager, velger selv navn og passord, og kan så holde organisasjonens oppføringer oppdatert. En invitasjon som ikke er godtatt, kan trekkes tilbake ved å slette den. En adresse kan ha én åpen invitasjon til en organisasjon om gangen. En leverandør kan sende ${INVITATION_LIMITS.perMember.max} invitasjoner i timen, og organisasjonen ${INVITATION_LIMITS.perOrganisation.max} i døgnet.`,
      en: `Invite a person to a vendor organisation. The person gets an e-mail with a link that works once for ${INVITATION_DAYS} days, chooses a name and a password, and can then keep the organisation's entries up to date. An invitation not yet accepted is withdrawn by deleting it. An address can have one open invitation to an organisation at a time. A vendor can send ${INVITATION_LIMITS.perMember.max} invitations an hour, and the organisation ${INVITATION_LIMITS.perOrganisation.max} a day.`,
    },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  versions: false,
  hooks: {
    beforeChange: [setInviter, refuseExistingAccount, limitInvitations],
    afterChange: [queueInvitationMail],
    beforeDelete: [refuseAcceptedWithdrawal],
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { nb: 'E-postadresse', en: 'E-mail address' },
      access: fixedAfterCreate,
      hooks: { beforeValidate: [normaliseEmail] },
      admin: {
        description: {
          nb: 'Adressen til personen som skal bli med. Den blir brukernavnet, og kan ikke ha en konto fra før.',
          en: 'The address of the person who is to join. It becomes the user name, and must not have an account already.',
        },
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'vendor-organisations',
      required: true,
      index: true,
      label: { nb: 'Leverandørorganisasjon', en: 'Vendor organisation' },
      access: fieldAccessFor('vendor-invitations.owner'),
      hooks: { beforeValidate: [constrainOwner] },
      // A vendor's form starts with its own organisation (the only one it may invite to).
      defaultValue: ({ user }: { user?: unknown }) => organisationOf(user as never) ?? undefined,
      admin: {
        description: {
          nb: 'Organisasjonen personen blir medlem av. Redaksjonen kan lage en ny organisasjon her med plusstegnet. En leverandør inviterer bare til sin egen.',
          en: 'The organisation the person becomes a member of. The editors can create a new organisation here with the plus sign. A vendor invites to its own only.',
        },
      },
    },
    {
      name: 'state',
      type: 'select',
      virtual: true,
      label: { nb: 'Status', en: 'State' },
      options: INVITATION_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      access: serverOnly,
      hooks: { afterRead: [showState] },
      admin: {
        readOnly: true,
        position: 'sidebar',
        disableListFilter: true,
        description: {
          nb: 'Sendes: e-posten er på vei. Sendt: lenken virker. Godtatt: kontoen er laget. Utløpt: lag en ny invitasjon.',
          en: 'Being sent: the e-mail is on its way. Sent: the link works. Accepted: the account exists. Expired: make a new invitation.',
        },
      },
    },
    {
      name: 'tokenHash',
      type: 'text',
      unique: true,
      index: true,
      access: fieldAccessFor('vendor-invitations.tokenHash'),
      admin: { hidden: true },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: { nb: 'Lenken virker til', en: 'Link valid until' },
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'acceptedAt',
      type: 'date',
      label: { nb: 'Godtatt', en: 'Accepted' },
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'acceptedBy', type: 'relationship', relationTo: 'users', label: { nb: 'Kontoen som ble laget', en: 'Account created' }, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'invitedBy', type: 'relationship', relationTo: 'users', label: { nb: 'Invitert av', en: 'Invited by' }, access: serverOnly, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
