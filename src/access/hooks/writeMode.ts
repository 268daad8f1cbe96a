import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/** How a write was asked for: as a draft (the main document and the public untouched), and with access checks off. */
export type WriteMode = { draft: boolean; overrideAccess: boolean }

const KEY = 'videoveileder.writeMode'

type Modes = Record<string, WriteMode>

/**
 * The mode of the writes to a collection in this request. Payload gives its collection hooks neither the
 * `draft` flag nor `overrideAccess`, only `beforeOperation` sees them. When one request writes to a collection
 * more than once, a write counts as a draft or as a system write only if every one of them was (fail closed).
 */
export function writeModeOf(req: Pick<PayloadRequest, 'context'>, slug: string): WriteMode {
  return ((req.context?.[KEY] as Modes | undefined) ?? {})[slug] ?? { draft: false, overrideAccess: false }
}

/** Remembers each create, update and delete's `draft` and `overrideAccess` for the publish rule's hooks. */
export const rememberWriteMode: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
  const modes = ((req.context[KEY] as Modes | undefined) ??= {})
  const earlier = modes[collection.slug]
  const current: WriteMode = { draft: operation !== 'delete' && args?.draft === true, overrideAccess: overrideAccess === true }
  modes[collection.slug] = earlier
    ? { draft: earlier.draft && current.draft, overrideAccess: earlier.overrideAccess && current.overrideAccess }
    : current
  return args
}
