import type { CollectionSlug, Where } from 'payload'

import { decodeSegment, splitLang } from '../i18n/paths'
import { SLUG_PATTERN } from '../validation/rules'
import { getArticleIndex } from './articles'
import type { DocId } from './ids'
import { by, findAs, payloadClient } from './payload'
import type { Viewer } from './viewer'

/** Which version of a document a preview shows: when it was saved, and whether it is a draft or the published one. */
export type PreviewVersion = { savedAt: string; status: 'draft' | 'published' }

type Shown = { collection: Extract<CollectionSlug, 'articles' | 'vendors'>; where: Where }

/** The one document a page of the site shows, from its address: an article (the guide at /) or a vendor; else null. */
async function documentAt(viewer: Viewer, pathname: string): Promise<Shown | null> {
  const { lang, path } = splitLang(pathname)
  if (path === '/') {
    const guide = (await getArticleIndex(viewer)).find((e) => e.isGuide)
    return guide ? { collection: 'articles', where: { id: { equals: guide.id } } } : null
  }
  const match = /^\/(artikler|leverandorer)\/([^/]+)\/?$/.exec(path)
  const slug = match ? decodeSegment(match[2]!) : ''
  if (!match || !SLUG_PATTERN.test(slug)) return null
  if (match[1] === 'leverandorer') return { collection: 'vendors', where: { slug: { equals: slug } } }
  const entry = (await getArticleIndex(viewer)).find((e) => e.slugs[lang] === slug)
  return entry ? { collection: 'articles', where: { id: { equals: entry.id } } } : null
}

/**
 * The version of the document shown at a site address, as a viewer in draft mode sees it (its newest version
 * where it may read that, else the published one); null for the public, and for a page that shows no one
 * document (a list). The preview banner names it.
 */
export async function getPreviewVersion(viewer: Viewer, pathname: string): Promise<PreviewVersion | null> {
  if (viewer.kind === 'anonymous') return null
  const shown = await documentAt(viewer, pathname.split('?')[0]!)
  if (!shown) return null
  const payload = await payloadClient()
  const docs = await findAs(
    viewer,
    (read) =>
      payload.find({
        collection: shown.collection,
        ...read,
        depth: 0,
        limit: 1,
        where: shown.where,
        select: { updatedAt: true, _status: true },
      }) as Promise<{ docs: { id: DocId; updatedAt: string; _status?: string | null }[] }>,
    by((doc) => doc.id),
  )
  const doc = docs[0]
  if (!doc) return null
  return { savedAt: doc.updatedAt, status: doc._status === 'published' ? 'published' : 'draft' }
}
