import type { DocId } from './ids'
import type { Article as ArticleDoc, Media } from '../../payload-types'

import { LANGS, type Lang } from '../i18n/langs'
import type { LangSlugs } from '../i18n/paths'
import { SLUG_PATTERN } from '../validation/rules'
import { cachedForPublic } from './cached'
import { fillFromBokmal, fillListFromBokmal } from './fallback'
import { by, clampLimit, findAs, idOf, ownTextIn, payloadClient, readAs } from './payload'
import type { Article, ArticleSummary, Image, RichTextData } from './types'
import type { Viewer } from './viewer'

/** `isGuide`: the article chosen in site settings as the front page, which the site shows at / instead of under /artikler. */
export type ArticleIndexEntry = { id: DocId; slugs: LangSlugs; isGuide: boolean }

/**
 * Every article's slug the viewer may read (the public: published ones) in every language, in one read (`locale: 'all'`), and which of them is the
 * front page (by id, so renaming it keeps it at /). A language without its own slug uses the bokmål one, as
 * the content itself falls back to bokmål.
 */
export const getArticleIndex = cachedForPublic('article-index', ['articles', 'site-settings'], async (viewer: Viewer): Promise<ArticleIndexEntry[]> => {
  const payload = await payloadClient()
  const [docs, settings] = await Promise.all([
    findAs(
      viewer,
      (read) => payload.find({ collection: 'articles', ...read, locale: 'all', depth: 0, limit: clampLimit(500), select: { slug: true } }),
      by((doc) => doc.id),
    ),
    payload.findGlobal({ slug: 'site-settings', ...readAs(viewer), depth: 0, select: { frontPage: true } }),
  ])
  const frontPage = idOf(settings.frontPage)
  return docs.flatMap((doc) => {
    const all = (doc.slug ?? {}) as unknown as Partial<Record<Lang, string | null>>
    const nb = all.nb
    if (!nb) return []
    const slugs = Object.fromEntries(LANGS.map((l) => [l, all[l] || nb])) as LangSlugs
    return [{ id: doc.id, slugs, isGuide: frontPage !== null && doc.id === frontPage }]
  })
})

function toImage(value: unknown): Image | null {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  if (!media.url) return null
  return { url: media.url, alt: media.alt ?? '', width: media.width ?? null, height: media.height ?? null, credit: media.credit ?? null }
}

function toSummary(doc: Pick<ArticleDoc, 'id' | 'title' | 'slug' | 'lead'>): ArticleSummary {
  return { id: doc.id, title: doc.title ?? '', slug: doc.slug ?? '', lead: doc.lead ?? null }
}

/**
 * One article's own text in one language (untranslated fields empty), as the viewer may read it. Depth 1 brings
 * the hero image and the related articles; access rules leave out related articles the viewer may not read.
 */
const readOwnArticle = cachedForPublic('article-own', ['articles', 'media'], async (viewer: Viewer, lang: Lang, id: DocId): Promise<Article | null> => {
  const payload = await payloadClient()
  const docs = await findAs(viewer, (read) => payload.find({
    collection: 'articles',
    ...read,
    ...ownTextIn(lang),
    depth: 1,
    limit: 1,
    where: { id: { equals: id } },
    select: {
      title: true,
      slug: true,
      lead: true,
      body: true,
      heroImage: true,
      heroCredit: true,
      relatedArticles: true,
      seo: true,
      lastReviewedAt: true,
      updatedAt: true,
      lastMajorChangeAt: true,
    },
    populate: { articles: { title: true, slug: true, lead: true }, media: { url: true, alt: true, width: true, height: true, credit: true } },
  }), by((doc) => doc.id))
  const doc = docs[0]
  if (!doc) return null
  const hero = toImage(doc.heroImage)
  if (hero && doc.heroCredit) hero.credit = doc.heroCredit
  const related = (doc.relatedArticles ?? []).flatMap((rel) =>
    rel && typeof rel === 'object' && idOf(rel) !== null ? [toSummary(rel as ArticleDoc)] : [],
  )
  return {
    ...toSummary(doc),
    body: (doc.body as RichTextData | null | undefined) ?? null,
    seoTitle: doc.seo?.title ?? null,
    seoDescription: doc.seo?.description ?? null,
    hero,
    related,
    lastReviewedAt: doc.lastReviewedAt ?? null,
    updatedAt: doc.updatedAt,
    lastMajorChangeAt: doc.lastMajorChangeAt ?? null,
  }
})

const ARTICLE_TEXT = ['title', 'slug', 'lead', 'body', 'seoTitle', 'seoDescription'] as const

/**
 * One published article in one language; what has no translation is bokmål and named in `fallback` (so is
 * the text of each related article), for the page to mark with lang="nb".
 */
async function readArticle(viewer: Viewer, lang: Lang, id: DocId): Promise<Article | null> {
  const own = await readOwnArticle(viewer, lang, id)
  if (!own || lang === 'nb') return own
  const nb = await readOwnArticle(viewer, 'nb', id)
  const filled = fillFromBokmal(own, nb ?? undefined, ARTICLE_TEXT)
  // An image without alt text in this language keeps its bokmål one, marked (lang on <img> covers its alt).
  const hero = own.hero && !own.hero.alt && nb?.hero?.alt ? { ...own.hero, alt: nb.hero.alt, altLang: 'nb' as const } : own.hero
  return { ...filled, hero, related: fillListFromBokmal(lang, own.related, nb?.related ?? [], ['title', 'slug', 'lead']) }
}

/** An article the viewer may read (the public: a published one) by its slug in that language, or null. */
export async function getArticleBySlug(viewer: Viewer, lang: Lang, slug: string): Promise<{ article: Article; entry: ArticleIndexEntry } | null> {
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) return null
  const entry = (await getArticleIndex(viewer)).find((e) => e.slugs[lang] === slug)
  if (!entry) return null
  const article = await readArticle(viewer, lang, entry.id)
  return article ? { article, entry } : null
}

/** The front-page article in one language, or null while none is chosen in site settings or it is not published. */
export async function getGuide(viewer: Viewer, lang: Lang): Promise<Article | null> {
  const entry = (await getArticleIndex(viewer)).find((e) => e.isGuide)
  return entry ? readArticle(viewer, lang, entry.id) : null
}
