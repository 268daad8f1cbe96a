import type { Endpoint } from 'payload'

import { Forbidden } from 'payload'

import { isStaff } from './isStaff'

/**
 * Wraps a plugin's endpoints so that only staff reach them. The import-export plugin's own checks only ask
 * whether the caller may read the target collection, which the public may for published documents.
 */
export function staffOnlyEndpoints(endpoints: Endpoint[] | false | undefined): Endpoint[] | false {
  if (!endpoints) return endpoints ?? []
  return endpoints.map((endpoint) => ({
    ...endpoint,
    handler: async (req) => {
      if (!isStaff({ req })) throw new Forbidden(req.t)
      return endpoint.handler(req)
    },
  }))
}
