import type { Lang } from '../i18n/langs'
import type { SlugMap } from '../i18n/paths'
import { isSafeHref } from '../validation/rules'
import { getArticleIndex } from './articles'
import { cached } from './cached'
import { clampLimit, payloadClient, PUBLIC_READ, publicReadIn } from './payload'
import type { NavLink, SiteFrame } from './types'

type RawLink = { label?: string | null; href?: string | null }

/** Links an editor typed; one that fails the href check is left out rather than rendered. */
function safeLinks(rows: RawLink[] | null | undefined): NavLink[] {
  return (rows ?? []).flatMap((row) => (row.label && isSafeHref(row.href) ? [{ label: row.label, href: row.href.trim() }] : []))
}

const readGlobals = cached('globals', ['navigation', 'site-settings'], async (lang: Lang) => {
  const payload = await payloadClient()
  const [navigation, settings] = await Promise.all([
    payload.findGlobal({ slug: 'navigation', ...publicReadIn(lang), depth: 0 }),
    payload.findGlobal({ slug: 'site-settings', ...publicReadIn(lang), depth: 0 }),
  ])
  const d = settings.disclaimers
  return {
    siteName: settings.siteName || null,
    mainMenu: safeLinks(navigation.mainMenu),
    footerLinks: safeLinks(navigation.footerLinks),
    footerText: navigation.footerText || null,
    disclaimers: d?.notExhaustive && d.notApproval && d.clinicianResponsible ? { ...d } : null,
  }
})

/** Profession-group slugs in every language, so the language switch can carry a directory filter across. */
const readCategorySlugs = cached('category-slugs', ['profession-categories'], async () => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'profession-categories',
    ...PUBLIC_READ,
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

export async function getSlugMap(): Promise<SlugMap> {
  const [articles, categories] = await Promise.all([getArticleIndex(), readCategorySlugs()])
  return { articles: articles.map((a) => a.slugs), categories }
}

/** Everything the frame around a page shows, in one language. */
export async function getSiteFrame(lang: Lang): Promise<SiteFrame> {
  const [globals, slugs] = await Promise.all([readGlobals(lang), getSlugMap()])
  const { disclaimers, ...rest } = globals
  return {
    ...rest,
    disclaimers: disclaimers
      ? { notExhaustive: disclaimers.notExhaustive, notApproval: disclaimers.notApproval, clinicianResponsible: disclaimers.clinicianResponsible }
      : null,
    slugs,
  }
}
