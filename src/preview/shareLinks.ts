import type { CollectionSlug, Payload } from 'payload'

import { sign, verifySignature } from '../security/signing'
import { isPreviewable, type PreviewableCollection } from './documentPath'
import { hashShareToken, isShareTokenShape } from './shareToken'

/** The cookie that names the share link its holder opened (signed; HttpOnly). */
export const SHARE_COOKIE = 'vv-delt'

/** A share link's cookie lives at most this long (the link may live longer: opening it again sets a new one). */
export const SHARE_COOKIE_MAX_MS = 12 * 60 * 60 * 1000

/** A usable link, as the site's viewer knows it. */
export type UsableLink = { id: number | string; collection: PreviewableCollection; docId: string; expiresAt: string }

type LinkDoc = {
  id: number | string
  targetCollection?: unknown
  docId?: unknown
  expiresAt?: unknown
  revokedAt?: unknown
  createdAt?: unknown
}

/** The share cookie's signing purpose (src/security/signing.ts): its own key, derived from Payload's secret. */
const COOKIE_PURPOSE = 'videoveileder share link cookie v1'

/** The cookie's value for a link: `<link id>.<until, ms>.<HMAC>`, under a key derived from Payload's secret. */
export function signShareCookie(secret: string, linkId: number | string, until: number): string {
  const body = `${linkId}.${until}`
  return `${body}.${sign(secret, COOKIE_PURPOSE, body)}`
}

/** The link id a cookie names, when its signature holds and it has not run out; otherwise null. */
export function verifyShareCookie(secret: string, value: string | undefined, now = Date.now()): string | null {
  if (!value || value.length > 200) return null
  const match = /^([A-Za-z0-9-]{1,64})\.(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(value)
  if (!match) return null
  const [, id, until, sig] = match as unknown as [string, string, string, string]
  if (!verifySignature(secret, COOKIE_PURPOSE, `${id}.${until}`, sig)) return null
  return Number(until) > now ? id : null
}

/**
 * Whether a stored link may still be used: not revoked, not expired, its document still there and not
 * published since the link was made (the draft it showed is then the public page, or gone).
 */
async function usable(payload: Payload, link: LinkDoc, now: Date): Promise<UsableLink | null> {
  if (!isPreviewable(link.targetCollection) || typeof link.docId !== 'string' || link.revokedAt) return null
  if (typeof link.expiresAt !== 'string' || !(new Date(link.expiresAt).getTime() > now.getTime())) return null
  const collection = link.targetCollection as CollectionSlug
  const doc = await payload.findByID({ collection, id: link.docId, overrideAccess: true, draft: true, depth: 0, disableErrors: true })
  if (!doc) return null
  const publishedSince = await payload.findVersions({
    collection,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: {
      and: [
        { parent: { equals: link.docId } },
        { 'version._status': { equals: 'published' } },
        { updatedAt: { greater_than: link.createdAt } },
      ],
    },
  })
  if (publishedSince.docs.length > 0) return null
  return { id: link.id, collection: link.targetCollection, docId: link.docId, expiresAt: link.expiresAt }
}

/** The usable link a token opens, or null (a token of another shape is not looked up). */
export async function linkOfToken(payload: Payload, token: unknown, now = new Date()): Promise<UsableLink | null> {
  if (!isShareTokenShape(token)) return null
  const { docs } = await payload.find({
    collection: 'preview-links' as CollectionSlug,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { tokenHash: { equals: hashShareToken(token) } },
  })
  return docs[0] ? usable(payload, docs[0] as LinkDoc, now) : null
}

/** The usable link a cookie names, or null: the signature, then the stored link's state, checked on every request. */
export async function linkOfCookie(payload: Payload, value: string | undefined, now = new Date()): Promise<UsableLink | null> {
  const id = verifyShareCookie(payload.secret, value, now.getTime())
  if (id === null) return null
  const link = await payload.findByID({ collection: 'preview-links' as CollectionSlug, id, overrideAccess: true, depth: 0, disableErrors: true })
  return link ? usable(payload, link as LinkDoc, now) : null
}
