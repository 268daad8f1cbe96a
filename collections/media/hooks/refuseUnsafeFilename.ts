import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { say } from '@/validation/messages'

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/**
 * Refuses a file whose name holds a NUL byte or another control character. No file system allows such a
 * name, so it comes from a tampered request (`logo\0.html.png`); refusing says so, where quietly cleaning
 * the name would store the file under a name nobody chose.
 */
export const refuseUnsafeFilename: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  if (CONTROL_CHARACTERS.test(req.file.name ?? '')) {
    throw new APIError(
      say(
        {
          nb: 'Filnavnet inneholder ugyldige tegn (kontrolltegn). Gi filen et vanlig navn og last den opp på nytt.',
          en: 'The file name contains invalid (control) characters. Give the file an ordinary name and upload it again.',
        },
        { req },
      ),
      400,
    )
  }
  return args
}
