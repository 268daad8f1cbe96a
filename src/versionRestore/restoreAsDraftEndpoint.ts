import type { Endpoint } from 'payload'

import { NotFound, parseParams, restoreVersionOperation } from 'payload'

/**
 * `POST /api/<slug>/versions/:id` restores a version as a new draft, whatever `?draft=` says: the admin's
 * plain "Restore this version" sends `draft=false` (and is the only restore it offers for a draft version), which
 * Payload would write over the published document. Replaces Payload's own handler for the same address
 * (a collection's endpoints are matched before Payload's defaults); the operation and its hooks are Payload's.
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection as string | undefined
    const collection = slug ? req.payload.collections[slug as keyof typeof req.payload.collections] : undefined
    if (!collection) throw new NotFound(req.t)
    const { depth, populate } = parseParams((req.query ?? {}) as never)
    const result = await restoreVersionOperation({
      id: req.routeParams!.id as string,
      collection,
      depth,
      draft: true,
      populate,
      req,
    })
    return Response.json({ ...result, message: req.t('version:restoredSuccessfully') }, { status: 200 })
  },
}
