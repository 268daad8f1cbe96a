'use client'

import type { TextFieldClientComponent } from 'payload'

import { PasswordField } from '@payloadcms/ui'

/** The account form's "current password" input: masked, and filled by the browser's saved password. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} />
)
