import { MIN_PASSWORD_LENGTH } from '../../collections/users/hooks/enforcePasswordLength'
import { normalEmail } from '../subscriptions/subscribe'
import { checkOrganisationNumber, normaliseOrganisationNumber } from '../validation/rules'
import { FIELDS, MAX_LENGTH, type FieldName, type KeptValues, type Problems } from './fields'

/** A registration whose every field passed: the values as they are stored. */
export type Registration = { organisationName: string; organisationNumber: string; contactName: string; email: string; password: string }

export type Checked = { ok: true; registration: Registration; values: KeptValues } | { ok: false; problems: Problems; values: KeptValues }

const textOf = (form: FormData, name: FieldName): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** What the form shows again: every field but the password, trimmed and cut to its longest allowed length. */
export function keptValues(form: FormData): KeptValues {
  const kept: KeptValues = {}
  for (const name of FIELDS) if (name !== 'password') kept[name] = textOf(form, name).trim().slice(0, MAX_LENGTH[name])
  return kept
}

/**
 * The form's fields checked as the collections will check them (the organisation number's modulus-11 rule,
 * the password's least length), so a person is told every problem at once, next to its field.
 */
export function checkRegistration(form: FormData): Checked {
  const values = keptValues(form)
  const problems: Problems = {}
  const raw = Object.fromEntries(FIELDS.map((name) => [name, name === 'password' ? textOf(form, name) : textOf(form, name).trim()])) as Record<FieldName, string>
  for (const name of FIELDS) {
    if (raw[name] === '') problems[name] = 'required'
    else if ([...raw[name]].length > MAX_LENGTH[name]) problems[name] = 'too-long'
  }
  const number = String(normaliseOrganisationNumber(raw.organisationNumber))
  if (!problems.organisationNumber && checkOrganisationNumber(number)) problems.organisationNumber = /^\d{9}$/.test(number) ? 'org-number-check' : 'org-number-digits'
  const email = normalEmail(raw.email)
  if (!problems.email && !email) problems.email = 'invalid-email'
  if (!problems.password && [...raw.password].length < MIN_PASSWORD_LENGTH) problems.password = 'password-short'
  if (Object.keys(problems).length > 0) return { ok: false, problems, values }
  return {
    ok: true,
    values,
    registration: { organisationName: raw.organisationName, organisationNumber: number, contactName: raw.contactName, email: email!, password: raw.password },
  }
}
