import type { CollectionConfig, Condition } from 'payload'

import { accessFor } from '@/access/accessFor'
import { noteLoginAttempt } from '@/audit/hooks/noteLoginAttempt'
import { recordLogin } from '@/audit/hooks/recordLogin'
import { recordRoleChange } from '@/audit/hooks/recordRoleChange'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { isSelf, isSelfOrAdminField } from '@/access/isSelfOrAdmin'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'
import { enforcePasswordLength, MIN_PASSWORD_LENGTH } from './hooks/enforcePasswordLength'
import { hideSessionsOfOthers } from './hooks/hideSessionsOfOthers'
import { recordCredentialChange } from './hooks/recordCredentialChange'
import { refuseRoleEscalation } from './hooks/refuseRoleEscalation'
import { refuseVendorEmailChange } from './hooks/refuseVendorEmailChange'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { startVerifiedUnlessRegistration } from './hooks/startVerifiedUnlessRegistration'
import { verificationHtml, verificationSubject } from '@/registration/verificationMail'

const isProduction = process.env.NODE_ENV === 'production'

/** Nobody is signed in only on the create-first-user screen, whose account becomes an admin whatever it asks. */
const isFirstUserForm: Condition = (_data, _siblingData, { user }) => !user
const isNotFirstUserForm: Condition = (data, siblingData, context) => !isFirstUserForm(data, siblingData, context)
const isVendorAccount: Condition = (data, siblingData, context) =>
  isNotFirstUserForm(data, siblingData, context) && Array.isArray(data?.roles) && data.roles.includes('vendor')
const isOwnAccount: Condition = (data, _siblingData, { user }) => isSelf(user, data?.id)

const neverWritten = { create: () => false, update: () => false }

/** Directorate staff and vendor accounts. Roles decide everything else (see src/access/matrix.ts). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { nb: 'Bruker', en: 'User' },
    plural: { nb: 'Brukere', en: 'Users' },
  },
  access: accessFor('users'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { nb: 'Administrasjon', en: 'Administration' },
  },
  auth: {
    cookies: { secure: isProduction, sameSite: 'Lax' },
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    // Vendors who register themselves confirm their address before they can log in; every other account is
    // verified when it is made (hooks/startVerifiedUnlessRegistration.ts).
    verify: { generateEmailSubject: verificationSubject, generateEmailHTML: verificationHtml },
  },
  hooks: {
    beforeOperation: [enforcePasswordLength, noteLoginAttempt, startVerifiedUnlessRegistration],
    beforeChange: [assignFirstUserAdmin, refuseVendorEmailChange, requireCurrentPassword, recordCredentialChange],
    // The audit log: logins (failed ones: src/audit/hooks/recordFailedLogin.ts), new users and role changes.
    afterChange: [recordRoleChange],
    afterLogin: [recordLogin],
    afterRead: [hideSessionsOfOthers],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { nb: 'Navn', en: 'Name' },
    },
    {
      name: 'firstUserNotice',
      type: 'ui',
      admin: {
        condition: isFirstUserForm,
        components: { Field: '/collections/users/components/FirstUserNotice#FirstUserNotice' },
      },
    },
    {
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { nb: 'Nåværende passord', en: 'Current password' },
      admin: {
        condition: isOwnAccount,
        components: { Field: '/collections/users/components/CurrentPasswordField#CurrentPasswordField' },
        description: {
          nb: `Kreves når du endrer din egen e-postadresse eller ditt passord. Et nytt passord må ha minst ${MIN_PASSWORD_LENGTH} tegn.`,
          en: `Required when you change your own e-mail address or password. A new password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
        },
      },
      // Virtual: only ever read from the request, never stored, so never sent back. (No read access rule:
      // the admin does not render a field its user may not read.)
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['vendor'],
      saveToJWT: true,
      label: { nb: 'Roller', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: fieldAccessFor('users.roles'),
      hooks: { beforeValidate: [refuseRoleEscalation] },
      admin: {
        condition: isNotFirstUserForm,
        description: {
          nb: 'Bare administratorer kan endre roller.',
          en: 'Only administrators can change roles.',
        },
      },
    },
    {
      // A vendor's organisation: what `'own'` in the roles matrix means for it. Saved to the session, so an
      // access rule needs no query to know it. Not required: a vendor without one owns nothing.
      name: 'organisation',
      type: 'relationship',
      relationTo: 'vendor-organisations',
      saveToJWT: true,
      index: true,
      label: { nb: 'Leverandørorganisasjon', en: 'Vendor organisation' },
      access: fieldAccessFor('users.organisation'),
      admin: {
        condition: isVendorAccount,
        description: {
          nb: 'Leverandøren kan holde oppdatert oppføringene som organisasjonen eier.',
          en: 'The vendor can keep up to date the entries the organisation owns.',
        },
      },
    },
    {
      name: 'credentialsChangedAt',
      type: 'date',
      label: { nb: 'Innlogging sist endret', en: 'Sign-in last changed' },
      access: neverWritten,
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: isNotFirstUserForm,
        date: { pickerAppearance: 'dayAndTime' },
        description: { nb: 'Når e-post eller passord sist ble endret.', en: 'When the e-mail or password last changed.' },
      },
    },
    {
      name: 'credentialsChangedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nb: 'Endret av', en: 'Changed by' },
      access: neverWritten,
      admin: { readOnly: true, position: 'sidebar', condition: isNotFirstUserForm },
    },
    // Payload adds the login sessions; only the user itself and admins may read them.
    { name: 'sessions', type: 'array', fields: [], access: { read: isSelfOrAdminField } },
  ],
}
