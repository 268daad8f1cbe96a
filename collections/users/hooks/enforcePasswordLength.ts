import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { say } from '@/validation/messages'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Every password set (first user, ADMIN_PASSWORD, an admin creating an account, a change, a reset) has at
 * least 12 characters; Payload's own check stops at 3.
 */
export const enforcePasswordLength: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '' || [...password].length >= MIN_PASSWORD_LENGTH) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'password',
        message: say(
          {
            nb: `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn. Bruk gjerne flere ord etter hverandre.`,
            en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters. Several words in a row work well.`,
          },
          { req },
        ),
      },
    ],
  })
}
