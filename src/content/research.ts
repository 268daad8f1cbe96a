import type { Lang } from '../i18n/langs'
import { isSafeHref } from '../validation/rules'
import { cachedForPublic } from './cached'
import { fillListFromBokmal } from './fallback'
import { by, clampLimit, findAs, ownTextIn, payloadClient } from './payload'
import type { ResearchKind, ResearchLink } from './types'
import type { Viewer } from './viewer'

const readResearch = cachedForPublic('research-own', ['research-links'], async (viewer: Viewer, lang: Lang): Promise<ResearchLink[]> => {
  const payload = await payloadClient()
  const docs = await findAs(
    viewer,
    (read) =>
      payload.find({
        collection: 'research-links',
        ...read,
        ...ownTextIn(lang),
        depth: 0,
        limit: clampLimit(500),
        sort: '-year',
        select: { title: true, publisher: true, year: true, kind: true, url: true, summary: true },
      }),
    by((doc) => doc.year, true),
  )
  return docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    publisher: doc.publisher ?? null,
    year: doc.year ?? null,
    kind: (doc.kind ?? 'report') as ResearchKind,
    url: isSafeHref(doc.url) ? doc.url : null,
    summary: doc.summary ?? null,
  }))
})

/** Every research link the viewer may read (the public: published), newest first; a summary without a translation is bokmål, named in `fallback`. */
export async function getResearch(viewer: Viewer, lang: Lang): Promise<ResearchLink[]> {
  const own = await readResearch(viewer, lang)
  return lang === 'nb' ? own : fillListFromBokmal(lang, own, await readResearch(viewer, 'nb'), ['summary'])
}
