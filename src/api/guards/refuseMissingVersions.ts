import type { Endpoint, PayloadHandler } from 'payload'

import { NotFound } from 'payload'

import { say } from '@/validation/messages'
import { textOf } from '../fieldLabels'

type Entity = { slug: string; labels?: { plural?: unknown }; label?: unknown; versions?: unknown }

/**
 * Payload mounts `/versions` on every collection and global, also on those that keep no versions, where the
 * database has no versions table and the read fails (a 500). There it answers 404 and says so.
 */
export function refuseMissingVersions(endpoint: Endpoint, entity: Entity, kind: 'collection' | 'global'): Endpoint {
  if (entity.versions || !endpoint.path.startsWith('/versions')) return endpoint
  const handler: PayloadHandler = async (req) => {
    const name = textOf(entity.labels?.plural ?? entity.label, req.i18n.language) ?? entity.slug
    const base = kind === 'collection' ? `/api/${entity.slug}` : `/api/globals/${entity.slug}`
    const error = new NotFound(req.t)
    error.message = say(
      { nb: `«${name}» har ingen versjoner. Les dokumentene fra ${base} i stedet.`, en: `"${name}" keeps no versions. Read the documents from ${base} instead.` },
      { req },
    )
    throw error
  }
  return { ...endpoint, handler }
}
