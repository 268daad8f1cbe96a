import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { isAdminField } from '@/access/isAdmin'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { organisationNumberField } from '@/fields/organisationNumberField'
import { assignFirstUserAdmin } from './hooks/assignFirstUserAdmin'

const isProduction = process.env.NODE_ENV === 'production'

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
  },
  hooks: {
    beforeChange: [assignFirstUserAdmin],
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
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['vendor'],
      saveToJWT: true,
      label: { nb: 'Roller', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          nb: 'Bare administratorer kan endre roller.',
          en: 'Only administrators can change roles.',
        },
      },
    },
    {
      name: 'organisation',
      type: 'group',
      label: { nb: 'Organisasjon (leverandører)', en: 'Organisation (vendors)' },
      admin: {
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('vendor'),
      },
      access: { update: isAdminField },
      fields: [
        { name: 'name', type: 'text', maxLength: 160, label: { nb: 'Navn', en: 'Name' } },
        organisationNumberField(),
      ],
    },
  ],
}
