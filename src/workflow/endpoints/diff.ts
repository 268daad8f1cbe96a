import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { say } from '../../validation/messages'
import { isReviewedCollection } from '../collections'
import { diffDocuments } from '../diff'
import { BAD_STATUS_INPUT, DOCUMENT_NOT_FOUND } from '../messages'
import { isDocIdShape } from '../../validation/docId'

type Doc = Record<string, unknown> & { id: number | string }
type Version = { id: number | string; version?: Doc }

const notFound = (req: PayloadRequest) => new APIError(say(DOCUMENT_NOT_FOUND, { req }), 404, null, true)

/** The document's versions as the user may read them (`readVersions` in the roles matrix), newest first. */
async function versionsOf(req: PayloadRequest, collection: string, id: string, where?: Record<string, unknown>): Promise<Version[]> {
  const { docs } = await req.payload.findVersions({
    collection: collection as CollectionSlug,
    where: (where ? { and: [{ parent: { equals: id } }, where] } : { parent: { equals: id } }) as never,
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
    locale: 'all',
    req,
    overrideAccess: false,
  })
  return docs as unknown as Version[]
}

/**
 * GET /api/workflow/diff?collection=&id=: what the proposed version (the newest draft) changes against the
 * published one, field by field (src/workflow/diff.ts), in every language, for anyone who may read the
 * document's versions (staff; a vendor its own organisation's entries); 404 for anyone else. `compareHref` is
 * Payload's own comparison of the two versions in the admin.
 */
export const diffEndpoint: Endpoint = {
  path: '/workflow/diff',
  method: 'get',
  handler: async (req) => {
    const collection = req.searchParams.get('collection')
    const id = req.searchParams.get('id')
    if (!isReviewedCollection(collection) || !isDocIdShape(id)) throw new APIError(say(BAD_STATUS_INPUT, { req }), 400, null, true)
    if (!req.user) throw notFound(req)
    const [latest] = await versionsOf(req, collection, id)
    if (!latest?.version) throw notFound(req)
    const [published] = await versionsOf(req, collection, id, { 'version._status': { equals: 'published' } })
    const main = (await req.payload.findByID({ collection, id, draft: false, depth: 1, locale: 'all', req, overrideAccess: false, disableErrors: true })) as Doc | null
    const hasPublished = main?._status === 'published'
    const config = req.payload.collections[collection]?.config
    const locales = (req.payload.config.localization ? req.payload.config.localization.localeCodes : undefined) as string[] | undefined
    const changes = diffDocuments(config?.fields ?? [], hasPublished ? main : {}, latest.version, { lang: req.i18n?.language === 'en' ? 'en' : 'nb', locales })
    const admin = req.payload.config.routes.admin
    return Response.json({
      hasPublished,
      changes,
      compareHref: `${admin}/collections/${collection}/${id}/versions/${latest.id}${published ? `?versionFrom=${published.id}` : ''}`,
    })
  },
}
