import type { CollectionBeforeOperationHook } from 'payload'

import { Forbidden } from 'payload'

/**
 * Runs the collection's create access before the other beforeOperation hooks. The import-export plugin does
 * its work in such a hook, before Payload checks access, so an anonymous export failed there with a 500.
 */
export const checkCreateAccessFirst: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' || overrideAccess) return args
  const access = collection.access?.create
  const allowed = access ? await access({ req, data: args.data }) : Boolean(req.user)
  if (allowed === false) throw new Forbidden(req.t)
  return args
}
