import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { APIError } from 'payload'

import { say } from '@/validation/messages'

/** Whether the collection's `upload.pasteURL.allowList` names the URL's host (and protocol, when given). */
function isAllowlisted(collection: SanitizedCollectionConfig, url: unknown): boolean {
  const pasteURL = typeof collection.upload === 'object' ? collection.upload.pasteURL : false
  if (!pasteURL || typeof pasteURL !== 'object' || typeof url !== 'string') return false
  try {
    const parsed = new URL(url)
    return pasteURL.allowList.some(
      (entry) => entry.hostname === parsed.hostname && (!entry.protocol || `${entry.protocol}:` === parsed.protocol),
    )
  } catch {
    return false
  }
}

const requestBodyURL = (req: PayloadRequest): unknown => (req.data as { url?: unknown } | undefined)?.url

/**
 * A new file must be uploaded, not fetched by the server: Payload fetches `{ url, filename }` in a create body
 * even with `pasteURL` off, which lets any editor's token make the server call internal addresses. Every
 * create without a file is refused here (over REST, GraphQL and the Local API with access checks on),
 * unless the URL's host is on the collection's `upload.pasteURL.allowList`. Duplicating a stored file and
 * trusted system calls (access checks off) are not affected.
 */
export const refuseUploadByURL: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' || req.file || args.overrideAccess === true || args.duplicateFromID != null) return args
  if (isAllowlisted(collection, requestBodyURL(req))) return args
  throw new APIError(
    say(
      {
        nb: 'Ingen fil ble lastet opp. Last opp selve filen: opplasting fra en nettadresse (URL) er slått av.',
        en: 'No file was uploaded. Upload the file itself: uploading from a web address (URL) is turned off.',
      },
      { req },
    ),
    400,
  )
}
