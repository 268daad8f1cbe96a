import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { say } from '@/validation/messages'

/** A tariff must say whom it is for: at least one profession group or one named profession. */
export const requireProfession: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const categories = Array.isArray(merged.professionCategories) ? merged.professionCategories : []
  const professions = Array.isArray(merged.professions) ? merged.professions : []
  if (categories.length === 0 && professions.length === 0) {
    throw new ValidationError({
      collection: 'tariffs',
      errors: [
        {
          path: 'professionCategories',
          message: say(
            { nb: 'Velg minst én faggruppe eller ett yrke taksten gjelder for.', en: 'Choose at least one profession group or profession the tariff applies to.' },
            { req },
          ),
        },
      ],
    })
  }
  return data
}
