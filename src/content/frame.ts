import type { Lang } from '../i18n/langs'
import type { SlugMap } from '../i18n/paths'
import { isSafeHref } from '../validation/rules'
import { getArticleIndex } from './articles'
import { cachedForPublic } from './cached'
import { fillFromBokmal } from './fallback'
import { clampLimit, ownTextIn, payloadClient, readAs } from './payload'
import type { Disclaimers, NavLink, SiteFrame } from './types'
import type { Viewer } from './viewer'

type RawLink = { label?: string | null; href?: string | null }

/**
 * Links an editor typed; one that fails the href check is left out rather than rendered. A row without a
 * label in this language takes the bokmål row's (the rows are shared, their labels translated) and is marked.
 */
function safeLinks(rows: RawLink[], nbRows: RawLink[] | undefined): NavLink[] {
  return rows.flatMap((row, i) => {
    if (!isSafeHref(row.href)) return []
    const href = row.href.trim()
    if (row.label) return [{ label: row.label, href }]
    const nbLabel = nbRows?.[i]?.label
    return nbLabel ? [{ label: nbLabel, href, lang: 'nb' as const }] : []
  })
}

const readGlobals = cachedForPublic('globals-own', ['navigation', 'site-settings'], async (viewer: Viewer, lang: Lang) => {
  const payload = await payloadClient()
  const [navigation, settings] = await Promise.all([
    payload.findGlobal({ slug: 'navigation', ...readAs(viewer), ...ownTextIn(lang), depth: 0 }),
    payload.findGlobal({ slug: 'site-settings', ...readAs(viewer), ...ownTextIn(lang), depth: 0 }),
  ])
  const d = settings.disclaimers
  return {
    siteName: settings.siteName || null,
    mainMenu: (navigation.mainMenu ?? []) as RawLink[],
    footerLinks: (navigation.footerLinks ?? []) as RawLink[],
    footerText: navigation.footerText || null,
    disclaimers: { notExhaustive: d?.notExhaustive || null, notApproval: d?.notApproval || null, clinicianResponsible: d?.clinicianResponsible || null },
  }
})

type Globals = Awaited<ReturnType<typeof readGlobals>>

/** The disclaimers when all three are there, each from bokmål (and marked) where this language has none. */
function disclaimersOf(own: Globals['disclaimers'], nb: Globals['disclaimers'] | undefined): Disclaimers | null {
  const filled = fillFromBokmal(own, nb, ['notExhaustive', 'notApproval', 'clinicianResponsible'])
  const { notExhaustive, notApproval, clinicianResponsible } = filled
  if (!notExhaustive || !notApproval || !clinicianResponsible) return null
  return { notExhaustive, notApproval, clinicianResponsible, ...(filled.fallback ? { fallback: filled.fallback } : {}) }
}

/** Profession-group slugs in every language, so the language switch can carry a directory filter across. */
const readCategorySlugs = cachedForPublic('category-slugs', ['profession-categories'], async (viewer: Viewer) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'profession-categories',
    ...readAs(viewer),
    locale: 'all',
    depth: 0,
    limit: clampLimit(100),
    select: { slug: true },
  })
  return docs.flatMap((doc) => {
    const all = (doc.slug ?? {}) as unknown as Partial<Record<Lang, string | null>>
    if (!all.nb) return []
    return [{ nb: all.nb, nn: all.nn || all.nb, en: all.en || all.nb }]
  })
})

export async function getSlugMap(viewer: Viewer): Promise<SlugMap> {
  const [articles, categories] = await Promise.all([getArticleIndex(viewer), readCategorySlugs(viewer)])
  return { articles: articles.map((a) => a.slugs), categories }
}

/** Everything the frame around a page shows, in one language; what has no translation is bokmål, marked. */
export async function getSiteFrame(viewer: Viewer, lang: Lang): Promise<SiteFrame> {
  const [own, nb, slugs] = await Promise.all([readGlobals(viewer, lang), lang === 'nb' ? undefined : readGlobals(viewer, 'nb'), getSlugMap(viewer)])
  const texts = fillFromBokmal({ siteName: own.siteName, footerText: own.footerText }, nb && { siteName: nb.siteName, footerText: nb.footerText }, [
    'siteName',
    'footerText',
  ])
  return {
    ...texts,
    mainMenu: safeLinks(own.mainMenu, nb?.mainMenu),
    footerLinks: safeLinks(own.footerLinks, nb?.footerLinks),
    disclaimers: disclaimersOf(own.disclaimers, nb?.disclaimers),
    slugs,
  }
}
