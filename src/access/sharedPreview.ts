import type { PayloadRequest, Where } from 'payload'

/**
 * `context` key of the site's reads for someone holding a valid share link (src/content `kind: 'shared'`):
 * `{ collection, id }`, the one document that reader may read as its newest draft. Only server code sets a
 * request's context (REST and GraphQL cannot), so nothing outside the content module can ask for it. It
 * lives here so that the site and the access rules share it without the site importing a hook.
 */
export const SHARED_PREVIEW_CONTEXT = 'sharedPreview'

export type SharedPreviewGrant = { collection: string; id: number | string }

/** The id of the one document of `slug` this request may read beyond its own rule, or undefined. */
export function sharedPreviewId(req: Pick<PayloadRequest, 'context'> | undefined, slug: string): number | string | undefined {
  const grant = req?.context?.[SHARED_PREVIEW_CONTEXT] as Partial<SharedPreviewGrant> | undefined
  if (!grant || grant.collection !== slug) return undefined
  return typeof grant.id === 'number' || (typeof grant.id === 'string' && grant.id !== '') ? grant.id : undefined
}

/** A read rule's answer widened by the shared document: that document too, whatever its status. */
export function withSharedDocument(result: boolean | Where, id: number | string | undefined): boolean | Where {
  if (id === undefined || result === true) return result
  const shared: Where = { id: { equals: id } }
  return result === false ? shared : { or: [result, shared] }
}
