import type { TextField } from 'payload'

import { text } from 'payload/shared'

import { say } from '../validation/messages'
import { checkOrganisationNumber, normaliseOrganisationNumber } from '../validation/rules'

/**
 * A Norwegian organisation number: stored as nine digits, checked with the modulus-11 rule. `required` and
 * `unique` for the number that names an organisation; Payload's own text check runs first (a custom validate
 * replaces it, and with it the required check).
 */
export function organisationNumberField({ required = false, unique = false }: { required?: boolean; unique?: boolean } = {}): TextField {
  return {
    name: 'organisationNumber',
    type: 'text',
    required,
    unique,
    label: { nb: 'Organisasjonsnummer', en: 'Organisation number' },
    admin: { description: { nb: 'Ni siffer, fra Enhetsregisteret.', en: 'Nine digits, from the Central Coordinating Register.' } },
    hooks: { beforeValidate: [({ value }) => normaliseOrganisationNumber(value)] },
    validate: (value: unknown, options) => {
      const base = text(value as string, options as never)
      if (base !== true) return base
      const problem = checkOrganisationNumber(value)
      return problem ? say(problem, options) : true
    },
  }
}
