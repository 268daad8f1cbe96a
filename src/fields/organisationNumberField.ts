import type { TextField } from 'payload'

import { say } from '../validation/messages'
import { checkOrganisationNumber, normaliseOrganisationNumber } from '../validation/rules'

/** A Norwegian organisation number: stored as nine digits, checked with the modulus-11 rule. */
export function organisationNumberField(): TextField {
  return {
    name: 'organisationNumber',
    type: 'text',
    label: { nb: 'Organisasjonsnummer', en: 'Organisation number' },
    admin: { description: { nb: 'Ni siffer, fra Enhetsregisteret.', en: 'Nine digits, from the Central Coordinating Register.' } },
    hooks: { beforeValidate: [({ value }) => normaliseOrganisationNumber(value)] },
    validate: (value: unknown, options) => {
      const problem = checkOrganisationNumber(value)
      return problem ? say(problem, options) : true
    },
  }
}
