import type { FieldHook } from 'payload'

import { checkRichTextStructure } from './rules'

/**
 * A rich-text value stored before it was checked, and not a Lexical tree, is read as empty (with a warning in
 * the log) rather than failing every read of its document with a 500 in Payload's Lexical hooks. A field
 * `afterRead` hook because Payload runs a field's own hooks before its editor's, so Lexical never walks the value.
 */
export const hideMalformedRichText: FieldHook = ({ value, path, collection, global, req }) => {
  if (!checkRichTextStructure(value)) return value
  req.payload.logger.warn(`Rich text ${collection?.slug ?? global?.slug}.${path.join('.')} is not a Lexical document; read as empty`)
  return null
}
