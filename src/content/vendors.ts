import type { Vendor } from '../../payload-types'

import { isSolutionType } from '../domain/solutionTypes'
import type { Lang } from '../i18n/langs'
import { isSafeHref, SLUG_PATTERN } from '../validation/rules'
import { confirmationOf, reconfirmMonthsOf } from '../vendors/confirmation'
import { cachedForPublic } from './cached'
import { fillFromBokmal, fillListFromBokmal } from './fallback'
import { by, clampLimit, findAs, idsOf, ownTextIn, payloadClient, readAs } from './payload'
import type { Viewer } from './viewer'
import {
  ATTESTATION_KEYS,
  type Attestation,
  FEATURE_KEYS,
  type FeatureKey,
  type RichTextData,
  type VendorDetail,
  type VendorSummary,
} from './types'

type VendorDoc = Partial<Vendor> & Pick<Vendor, 'id'>

/** The owner organisation, populated with its name and number only (OWNER); an unpopulated id has neither. */
const ownerOf = (doc: VendorDoc) => (typeof doc.owner === 'object' && doc.owner ? doc.owner : null)

/** Relationships at depth 1: the owner's name and number, and nothing of the profession groups but their ids. */
const OWNER = { depth: 1, populate: { 'vendor-organisations': { name: true, organisationNumber: true }, 'profession-categories': { order: true } } } as const

/**
 * The site setting `reconfirmMonths`: how long attestations stand. Read inside each cached vendor read (tagged
 * `site-settings` too), so a changed period shows at once; the hourly reminder run announces `vendors` when an
 * entry turns overdue with no change at all (src/scheduling/reviewReminders.ts).
 */
async function reconfirmMonths(viewer: Viewer): Promise<number> {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'site-settings', ...readAs(viewer), depth: 0, select: { reconfirmMonths: true } })
  return reconfirmMonthsOf(settings.reconfirmMonths)
}

function attestationsOf(doc: VendorDoc): Attestation[] {
  return ATTESTATION_KEYS.map((key) => ({
    key,
    status: doc.attestations?.[key]?.status ?? 'unknown',
    confirmedAt: doc.attestations?.[key]?.confirmedAt ?? null,
  }))
}

function toSummary(doc: VendorDoc, months: number): VendorSummary {
  const features = Object.fromEntries(FEATURE_KEYS.map((key) => [key, doc.features?.[key] === true])) as Record<FeatureKey, boolean>
  const confirmation = confirmationOf(doc.attestations, months)
  return {
    id: doc.id,
    name: doc.name ?? '',
    slug: doc.slug ?? String(doc.id),
    company: ownerOf(doc)?.name ?? null,
    organisationNumber: ownerOf(doc)?.organisationNumber ?? null,
    solutionType: isSolutionType(doc.solutionType) ? doc.solutionType : 'standalone',
    categoryIds: idsOf(doc.professionCategories),
    shortDescription: doc.shortDescription ?? null,
    features,
    updatedAt: doc.updatedAt ?? '',
    lastMajorChangeAt: doc.lastMajorChangeAt ?? null,
    attestations: attestationsOf(doc),
    confirmedAt: confirmation.confirmedAt,
    confirmationDueAt: confirmation.dueAt,
    confirmationOverdue: confirmation.overdue,
  }
}

const SUMMARY_FIELDS = {
  name: true,
  slug: true,
  owner: true,
  solutionType: true,
  professionCategories: true,
  shortDescription: true,
  features: true,
  updatedAt: true,
  lastMajorChangeAt: true,
  attestations: true,
} as const

const readVendors = cachedForPublic('vendors-own', ['vendors', 'site-settings'], async (viewer: Viewer, lang: Lang): Promise<VendorSummary[]> => {
  const payload = await payloadClient()
  const months = await reconfirmMonths(viewer)
  const docs = await findAs(viewer, (read) => payload.find({
    collection: 'vendors',
    ...read,
    ...ownTextIn(lang),
    ...OWNER,
    limit: clampLimit(500),
    sort: 'name',
    select: SUMMARY_FIELDS,
  }), by((doc) => doc.name))
  return docs.map((doc) => toSummary(doc, months))
})

/**
 * Every vendor the viewer may read (the public: published ones), by name: the directory, the guide's lists,
 * search and the sitemap filter this list. A short description without a translation is bokmål, named in `fallback`.
 */
export async function getVendors(viewer: Viewer, lang: Lang): Promise<VendorSummary[]> {
  const own = await readVendors(viewer, lang)
  return lang === 'nb' ? own : fillListFromBokmal(lang, own, await readVendors(viewer, 'nb'), ['shortDescription'])
}

const readVendor = cachedForPublic('vendor-own', ['vendors', 'site-settings'], async (viewer: Viewer, lang: Lang, slug: string): Promise<VendorDetail | null> => {
  const payload = await payloadClient()
  const months = await reconfirmMonths(viewer)
  const docs = await findAs(viewer, (read) => payload.find({
    collection: 'vendors',
    ...read,
    ...ownTextIn(lang),
    ...OWNER,
    limit: 1,
    where: { slug: { equals: slug } },
    select: { ...SUMMARY_FIELDS, description: true, website: true, contactEmail: true },
  }), by((doc) => doc.id))
  const doc = docs[0]
  if (!doc) return null
  return {
    ...toSummary(doc, months),
    description: (doc.description as RichTextData | null | undefined) ?? null,
    website: isSafeHref(doc.website) ? doc.website : null,
    contactEmail: doc.contactEmail ?? null,
  }
})

/** One vendor the viewer may read (the public: a published one), or null. A malformed slug is refused before it reaches the cache or the database. */
export async function getVendor(viewer: Viewer, lang: Lang, slug: string): Promise<VendorDetail | null> {
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) return null
  const own = await readVendor(viewer, lang, slug)
  if (!own || lang === 'nb') return own
  return fillFromBokmal(own, (await readVendor(viewer, 'nb', slug)) ?? undefined, ['shortDescription'])
}
