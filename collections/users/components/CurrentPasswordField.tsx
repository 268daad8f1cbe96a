'use client'

import type { TextFieldClientComponent } from 'payload'

import { FieldDescription, PasswordField } from '@payloadcms/ui'

/** Checked on the server only (requireCurrentPassword): empty is fine unless the e-mail or password changes. */
const checkedOnTheServer = () => true as const

/** The account form's "current password" input: masked, filled by the browser's saved password, with its help. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <div className="current-password">
    <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={checkedOnTheServer} />
    <FieldDescription description={field.admin?.description} path={path ?? field.name} />
  </div>
)
