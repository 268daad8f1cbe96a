import type { Lang } from '../i18n/langs'
import { isSafeHref } from '../validation/rules'
import { cached } from './cached'
import { fillListFromBokmal } from './fallback'
import { clampLimit, ownTextIn, payloadClient } from './payload'
import type { ResearchKind, ResearchLink } from './types'

const readResearch = cached('research-own', ['research-links'], async (lang: Lang): Promise<ResearchLink[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'research-links',
    ...ownTextIn(lang),
    depth: 0,
    limit: clampLimit(500),
    sort: '-year',
    select: { title: true, publisher: true, year: true, kind: true, url: true, summary: true },
  })
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

/** Every published research link, newest first; a summary without a translation is bokmål, named in `fallback`. */
export async function getResearch(lang: Lang): Promise<ResearchLink[]> {
  const own = await readResearch(lang)
  return lang === 'nb' ? own : fillListFromBokmal(lang, own, await readResearch('nb'), ['summary'])
}
