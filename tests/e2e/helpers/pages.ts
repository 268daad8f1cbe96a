import { api } from './api'

export type Lang = 'nb' | 'nn' | 'en'
export const LANGS: Lang[] = ['nb', 'nn', 'en']

export const prefix = (lang: Lang, path: string) => (lang === 'nb' ? path : path === '/' ? `/${lang}` : `/${lang}${path}`)

/** The id of the article site settings show at / (the guide), as anyone may read it. */
export async function frontPageId(): Promise<number> {
  const res = await api<{ frontPage?: number | null }>('GET', '/globals/site-settings?depth=0')
  if (typeof res.json.frontPage !== 'number') throw new Error(`site settings name no front-page article: ${JSON.stringify(res.json)}`)
  return res.json.frontPage
}

/**
 * One published article of the seed other than the guide, with its slug in each language: the oldest with a
 * lead, so that an article another test file made (the newest first, often without a lead or translations)
 * never becomes the page the next file checks.
 */
export async function otherArticle(): Promise<Record<Lang, string>> {
  const [res, guide] = await Promise.all([
    api<{ docs: { id: number; slug: Record<Lang, string>; lead?: Record<Lang, string | null> | null }[] }>('GET', '/articles?locale=all&depth=0&limit=20&sort=createdAt'),
    frontPageId(),
  ])
  const doc = res.json.docs.find((d) => d.slug.nb && d.lead?.nb && d.id !== guide)
  if (!doc) throw new Error('no published article besides the guide')
  return { nb: doc.slug.nb, nn: doc.slug.nn || doc.slug.nb, en: doc.slug.en || doc.slug.nb }
}

/** Every kind of public page in one language. */
export function pageKinds(lang: Lang, vendorSlug: string, article: Record<Lang, string>): { kind: string; path: string; status: number }[] {
  return [
    { kind: 'guide', path: prefix(lang, '/'), status: 200 },
    { kind: 'directory', path: prefix(lang, '/leverandorer'), status: 200 },
    { kind: 'filtered directory', path: prefix(lang, '/leverandorer?type=standalone&nettleser=1'), status: 200 },
    { kind: 'vendor', path: prefix(lang, `/leverandorer/${vendorSlug}`), status: 200 },
    { kind: 'tariffs', path: prefix(lang, '/takster'), status: 200 },
    { kind: 'research', path: prefix(lang, '/forskning'), status: 200 },
    { kind: 'article', path: prefix(lang, `/artikler/${article[lang]}`), status: 200 },
    { kind: 'search', path: prefix(lang, '/sok?q=video'), status: 200 },
    { kind: 'accessibility', path: prefix(lang, '/tilgjengelighet'), status: 200 },
    { kind: 'open data', path: prefix(lang, '/apne-data'), status: 200 },
    { kind: 'change history', path: prefix(lang, '/endringer'), status: 200 },
    { kind: 'article change history', path: prefix(lang, `/artikler/${article[lang]}/endringer`), status: 200 },
    { kind: 'subscription sent', path: prefix(lang, '/abonner/sendt'), status: 200 },
    { kind: 'for vendors', path: prefix(lang, '/for-leverandorer'), status: 200 },
    { kind: 'vendor registration form', path: prefix(lang, '/for-leverandorer/registrer'), status: 200 },
    { kind: 'vendor registration sent', path: prefix(lang, '/for-leverandorer/registrer/sjekk-e-posten'), status: 200 },
    { kind: 'refused alert link', path: prefix(lang, '/abonner/bekreft?token=ugyldig'), status: 400 },
    { kind: '404', path: prefix(lang, '/denne-siden-finnes-ikke'), status: 404 },
  ]
}
