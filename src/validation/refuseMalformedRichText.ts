import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { say } from './messages'
import { checkRichTextStructure } from './rules'

/**
 * Refuses a rich-text value whose structure Payload's Lexical hooks cannot walk (children that are not a
 * list, nodes that are not objects), before those hooks run and fail with a 500. A `beforeValidate` field
 * hook because Payload runs a field's own hooks before its editor's; validation then checks node types and size.
 */
export const refuseMalformedRichText: FieldHook = ({ value, collection, global, path, req }) => {
  const problem = checkRichTextStructure(value)
  if (!problem) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: [{ path: path.join('.'), message: say(problem, { req }) }],
  })
}
