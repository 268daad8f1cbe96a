import type { CollectionSlug, Endpoint, PayloadHandler, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { APIError } from 'payload'

import { say } from '@/validation/messages'

type IdKind = 'integer' | 'objectId' | 'text'

/** What an id of this collection looks like on the configured database (numbers on SQLite, ObjectIds on MongoDB). */
export function idKindOf(req: PayloadRequest, slug?: string): IdKind {
  const custom = slug ? req.payload.collections[slug as CollectionSlug]?.customIDType : undefined
  if (custom === 'text') return 'text'
  if (custom === 'number' || req.payload.db.defaultIDType === 'number') return 'integer'
  return req.payload.db.name === 'mongoose' ? 'objectId' : 'text'
}

export function isWellFormedId(id: string, kind: IdKind): boolean {
  if (kind === 'integer') return /^\d{1,16}$/.test(id) && Number.isSafeInteger(Number(id))
  if (kind === 'objectId') return /^[0-9a-f]{24}$/i.test(id)
  return id.length > 0
}

const HINTS: Record<IdKind, { nb: string; en: string }> = {
  integer: { nb: 'En ID her er et helt tall, for eksempel 12.', en: 'An id here is a whole number, for example 12.' },
  objectId: { nb: 'En ID her er 24 heksadesimale tegn, for eksempel 65a1f0c2e4b0a1b2c3d4e5f6.', en: 'An id here is 24 hexadecimal characters, for example 65a1f0c2e4b0a1b2c3d4e5f6.' },
  text: { nb: 'Oppgi ID-en til et dokument.', en: 'Give the id of a document.' },
}

/**
 * Refuses an `:id` in the path that cannot be an id before Payload parses it: `abc` or `1e999` would become
 * NaN or Infinity and fail in the database (a 500), and `12abc` would silently read document 12.
 */
export function checkIdFormat(endpoint: Endpoint, collection?: SanitizedCollectionConfig): Endpoint {
  if (!/(^|\/):id\??(\/|$)/.test(endpoint.path)) return endpoint
  // Payload names the e-mail verification token `:id` (POST /api/users/verify/:id); it is no document id.
  if (endpoint.path === '/verify/:id') return endpoint
  const handler: PayloadHandler = async (req) => {
    const id = req.routeParams?.id
    if (typeof id === 'string') {
      const kind = idKindOf(req, endpoint.path.startsWith('/versions') ? undefined : collection?.slug)
      if (!isWellFormedId(id, kind)) {
        const hint = HINTS[kind]
        throw new APIError(say({ nb: `«${id}» er ikke en gyldig ID. ${hint.nb}`, en: `"${id}" is not a valid id. ${hint.en}` }, { req }), 400)
      }
    }
    return endpoint.handler(req)
  }
  return { ...endpoint, handler }
}
