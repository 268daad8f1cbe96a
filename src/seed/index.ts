import type { Payload } from 'payload'

import { articles } from './data/articles'
import { categories } from './data/categories'
import { navigation, settings } from './data/globals'
import { researchLinks } from './data/research'
import { tariffs } from './data/tariffs'
import { vendors } from './data/vendors'
import { createBodyBuilder } from './lexical'
import type { Localized } from './types'

export type SeedReport = Record<'categories' | 'organisations' | 'vendors' | 'tariffs' | 'researchLinks' | 'articles' | 'globals', { created: number; kept: number }>

type Log = (line: string) => void
const LOCALES = ['nb', 'nn', 'en'] as const
type Locale = (typeof LOCALES)[number]

// The seed is a system job: it writes with access checks off, and never overwrites what already exists,
// so editors' changes survive a second run and a second run changes nothing.
const system = { overrideAccess: true, context: { skipRevalidate: true } } as const

const pick = (text: Localized | undefined, locale: Locale): string | undefined =>
  locale === 'nb' ? text?.nb : text?.[locale]

/** Loads the whole guide. Documents are found by their stable key; existing ones are left untouched. */
export async function seedGuide(payload: Payload, log: Log = () => {}): Promise<SeedReport> {
  const report = {} as SeedReport
  const tally = (key: keyof SeedReport) => (report[key] ??= { created: 0, kept: 0 })
  const buildBody = await createBodyBuilder(payload.config)

  /** Creates in bokmål, then writes nn and en into the same document, keeping its status. */
  async function createLocalized(
    collection: 'profession-categories' | 'vendors' | 'tariffs' | 'research-links' | 'articles',
    perLocale: (locale: Locale) => Record<string, unknown>,
    publish: boolean | null,
  ) {
    const status = publish === null ? {} : { _status: publish ? 'published' : 'draft' }
    const doc = await payload.create({
      collection,
      locale: 'nb',
      data: { ...perLocale('nb'), ...status } as never,
      draft: publish === false,
      ...system,
    })
    for (const locale of ['nn', 'en'] as const) {
      const data = perLocale(locale)
      if (Object.keys(data).length === 0) continue
      await payload.update({ collection, id: doc.id, locale, data: { ...data, ...status } as never, draft: publish === false, ...system })
    }
    return doc
  }

  async function existing(collection: 'profession-categories' | 'vendors' | 'tariffs' | 'research-links' | 'articles', where: Record<string, unknown>) {
    const found = await payload.find({ collection, where: where as never, locale: 'nb', limit: 1, depth: 0, draft: true, ...system })
    return found.docs[0]
  }

  // Profession groups
  const categoryIds = new Map<string, number | string>()
  for (const category of categories) {
    const found = await existing('profession-categories', { slug: { equals: category.slug.nb } })
    if (found) {
      categoryIds.set(category.key, found.id)
      tally('categories').kept++
      continue
    }
    const doc = await createLocalized(
      'profession-categories',
      (l) => ({ name: category.name[l], slug: category.slug[l], description: pick(category.description, l), ...(l === 'nb' ? { order: category.order } : {}) }),
      null,
    )
    categoryIds.set(category.key, doc.id)
    tally('categories').created++
  }
  log(`[seed] profession groups: ${JSON.stringify(report.categories)}`)
  const categoryId = (key: string) => {
    const id = categoryIds.get(key)
    if (id === undefined) throw new Error(`seed data names an unknown profession group: ${key}`)
    return id
  }

  // Vendor organisations, by name: the seed knows no organisation numbers (staff add them; registration asks for one)
  const organisationIds = new Map<string, number | string>()
  for (const name of new Set(vendors.flatMap((v) => (v.company ? [v.company] : [])))) {
    const found = await payload.find({ collection: 'vendor-organisations', where: { name: { equals: name } }, limit: 1, depth: 0, ...system })
    const doc = found.docs[0] ?? (await payload.create({ collection: 'vendor-organisations', data: { name }, ...system }))
    organisationIds.set(name, doc.id)
    tally('organisations')[found.docs[0] ? 'kept' : 'created']++
  }
  log(`[seed] vendor organisations: ${JSON.stringify(report.organisations)}`)

  // Vendors
  for (const vendor of vendors) {
    if (await existing('vendors', { slug: { equals: vendor.slug } })) {
      tally('vendors').kept++
      continue
    }
    await createLocalized(
      'vendors',
      (l) => {
        const shortDescription = pick(vendor.shortDescription, l)
        if (l !== 'nb') return shortDescription ? { shortDescription } : {}
        return {
          name: vendor.name,
          slug: vendor.slug,
          owner: vendor.company ? organisationIds.get(vendor.company) : undefined,
          solutionType: vendor.solutionType,
          professionCategories: vendor.categories.map(categoryId),
          shortDescription,
          website: vendor.website,
          features: vendor.features,
          attestations: vendor.attestations,
          reviewNote: vendor.reviewNote,
        }
      },
      vendor.publish,
    )
    tally('vendors').created++
  }
  log(`[seed] vendors: ${JSON.stringify(report.vendors)}`)

  // Tariffs
  for (const tariff of tariffs) {
    const key = { and: [{ code: { equals: tariff.code } }, { effectiveFrom: { equals: new Date(tariff.effectiveFrom).toISOString() } }] }
    if (await existing('tariffs', key)) {
      tally('tariffs').kept++
      continue
    }
    await createLocalized(
      'tariffs',
      (l) => {
        const text = { title: pick(tariff.title, l), description: pick(tariff.description, l) }
        if (l !== 'nb') return text.title ? text : {}
        return {
          ...text,
          code: tariff.code,
          professionCategories: tariff.categories.map(categoryId),
          professions: tariff.professions,
          effectiveFrom: tariff.effectiveFrom,
          effectiveTo: tariff.effectiveTo,
          sourceUrl: tariff.sourceUrl,
          reviewNote: tariff.reviewNote,
        }
      },
      tariff.publish,
    )
    tally('tariffs').created++
  }
  log(`[seed] tariffs: ${JSON.stringify(report.tariffs)}`)

  // Research links
  for (const link of researchLinks) {
    if (await existing('research-links', { url: { equals: link.url } })) {
      tally('researchLinks').kept++
      continue
    }
    await createLocalized(
      'research-links',
      (l) => {
        const summary = pick(link.summary, l)
        if (l !== 'nb') return summary ? { summary } : {}
        return { title: link.title, publisher: link.publisher, year: link.year, url: link.url, kind: link.kind, summary }
      },
      link.publish,
    )
    tally('researchLinks').created++
  }
  log(`[seed] research links: ${JSON.stringify(report.researchLinks)}`)

  // Articles: first every article, then the links between them
  const articleIds = new Map<string, number | string>()
  for (const article of articles) {
    const found = await existing('articles', { slug: { equals: article.slug.nb } })
    if (found) {
      articleIds.set(article.slug.nb, found.id)
      tally('articles').kept++
      continue
    }
    const doc = await createLocalized(
      'articles',
      (l) => {
        const body = article.body[l]
        return {
          title: article.title[l],
          slug: article.slug[l],
          lead: pick(article.lead, l),
          body: body ? buildBody(body, categoryId) : undefined,
          seo: { title: pick(article.seo?.title, l), description: pick(article.seo?.description, l) },
          ...(l === 'nb'
            ? { heroCredit: article.heroCredit, lastReviewedAt: article.lastReviewedAt, nextReviewAt: article.nextReviewAt }
            : {}),
        }
      },
      article.publish,
    )
    articleIds.set(article.slug.nb, doc.id)
    tally('articles').created++
    log(`[seed] article created: ${article.slug.nb}`)
  }
  for (const article of articles) {
    if (!article.related?.length) continue
    const id = articleIds.get(article.slug.nb)!
    const current = await payload.findByID({ collection: 'articles', id, depth: 0, draft: true, ...system })
    if (Array.isArray(current.relatedArticles) && current.relatedArticles.length) continue
    const related = article.related.map((slug) => articleIds.get(slug)).filter((v) => v !== undefined)
    await payload.update({
      collection: 'articles',
      id,
      data: { relatedArticles: related, _status: article.publish ? 'published' : 'draft' } as never,
      draft: !article.publish,
      ...system,
    })
  }
  log(`[seed] articles: ${JSON.stringify(report.articles)}`)

  // Globals: filled once, never overwritten
  // Ids are numbers on SQLite and strings on MongoDB; the generated types know only the first.
  const frontPage = articleIds.get(settings.frontPage) as number | undefined
  const currentSettings = await payload.findGlobal({ slug: 'site-settings', locale: 'nb', fallbackLocale: false, depth: 0, ...system })
  if (!currentSettings.siteName) {
    for (const l of LOCALES) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale: l,
        data: {
          siteName: settings.siteName[l],
          frontPage,
          vendorContactEmail: settings.vendorContactEmail,
          disclaimers: {
            notExhaustive: settings.disclaimers.notExhaustive[l],
            notApproval: settings.disclaimers.notApproval[l],
            clinicianResponsible: settings.disclaimers.clinicianResponsible[l],
          },
        },
        ...system,
      })
    }
    tally('globals').created++
  } else if (!currentSettings.frontPage && frontPage !== undefined) {
    // Settings from before the front page was a setting: the guide stays at / (an empty value is filled, never a chosen one replaced).
    await payload.updateGlobal({ slug: 'site-settings', data: { frontPage }, ...system })
    tally('globals').created++
  } else tally('globals').kept++
  const currentNavigation = await payload.findGlobal({ slug: 'navigation', locale: 'nb', depth: 0, ...system })
  if (!currentNavigation.mainMenu?.length) {
    const first = await payload.updateGlobal({
      slug: 'navigation',
      locale: 'nb',
      data: {
        mainMenu: navigation.mainMenu.map((m) => ({ label: m.label.nb, href: m.href })),
        footerLinks: navigation.footerLinks.map((m) => ({ label: m.label.nb, href: m.href })),
        footerText: navigation.footerText.nb,
      },
      ...system,
    })
    for (const l of ['nn', 'en'] as const) {
      await payload.updateGlobal({
        slug: 'navigation',
        locale: l,
        data: {
          mainMenu: (first.mainMenu ?? []).map((row, i) => ({ id: row.id, href: row.href, label: navigation.mainMenu[i]!.label[l] })),
          footerLinks: (first.footerLinks ?? []).map((row, i) => ({ id: row.id, href: row.href, label: navigation.footerLinks[i]!.label[l] })),
          footerText: navigation.footerText[l],
        },
        ...system,
      })
    }
    tally('globals').created++
  } else tally('globals').kept++
  log(`[seed] settings and navigation: ${JSON.stringify(report.globals)}`)
  return report
}

/** True when the guide has not been loaded yet (no article at all, draft or published). */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'articles', ...system })
  return totalDocs === 0
}
