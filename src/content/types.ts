// Plain data the pages hand to components. Nothing here depends on Payload: components stay a separate layer.
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Fallback } from './fallback'
import type { DocId } from './ids'

import type { AttestationKey, AttestationStatus } from '../domain/attestations'
import type { Profession as ProfessionKey } from '../domain/professions'
import type { ResearchKind } from '../domain/researchKinds'
import type { SolutionType } from '../domain/solutionTypes'
import type { VendorFeature as FeatureKey } from '../domain/vendorFeatures'
import type { SlugMap } from '../i18n/paths'

export type { SlugMap } from '../i18n/paths'
export type { Fallback } from './fallback'
export type { ChangeEntry } from './changes'

export type RichTextData = SerializedEditorState

// The domain's lists (src/domain/), under the names the pages and components use.
export type { AttestationKey, AttestationStatus, FeatureKey, ProfessionKey, ResearchKind, SolutionType }
export { ATTESTATION_KEYS } from '../domain/attestations'
export { SOLUTION_TYPE_VALUES } from '../domain/solutionTypes'
export { VENDOR_FEATURE_VALUES as FEATURE_KEYS } from '../domain/vendorFeatures'

export type { DocId }

export type Category = { id: DocId; name: string; slug: string; description: string | null; order: number } & Fallback<'name' | 'slug' | 'description'>

export type VendorSummary = {
  id: DocId
  name: string
  slug: string
  /** The name of the owner organisation (vendors.owner). */
  company: string | null
  /** The owner organisation's organisation number (Enhetsregisteret); null or absent without an owner. */
  organisationNumber?: string | null
  solutionType: SolutionType
  categoryIds: DocId[]
  shortDescription: string | null
  features: Record<FeatureKey, boolean>
  updatedAt: string
  /** When readers were last told of a change (a publish that was not minor); null before the first one. */
  lastMajorChangeAt?: string | null
  /** Every attestation, in the domain's order (ATTESTATION_KEYS); an unanswered one is 'unknown'. */
  attestations: Attestation[]
  /** When the answered attestations were last confirmed as a whole (the oldest of their dates); null when never. */
  confirmedAt: string | null
  /** When the vendor must confirm them again (site setting `reconfirmMonths`); null when never confirmed. */
  confirmationDueAt: string | null
  /** The due date has passed: the site marks the entry "Ikke bekreftet siden …" and keeps listing it. */
  confirmationOverdue: boolean
} & Fallback<'shortDescription'>

export type Attestation = { key: AttestationKey; status: AttestationStatus; confirmedAt: string | null }

export type VendorDetail = VendorSummary & {
  description: RichTextData | null
  /** Only an address that passed isSafeHref; null otherwise. */
  website: string | null
  contactEmail: string | null
}

export type Tariff = {
  id: DocId
  code: string
  title: string
  description: string | null
  categoryIds: DocId[]
  professions: ProfessionKey[]
  effectiveFrom: string
  effectiveTo: string | null
  sourceUrl: string | null
} & Fallback<'title' | 'description'>

export type ResearchLink = {
  id: DocId
  title: string
  publisher: string | null
  year: number | null
  kind: ResearchKind
  url: string | null
  summary: string | null
} & Fallback<'summary'>

/** `altLang`: 'nb' when the alt text has no translation and is bokmål. */
export type Image = { url: string; alt: string; altLang?: 'nb'; width: number | null; height: number | null; credit: string | null }

export type ArticleSummary = { id: DocId; title: string; slug: string; lead: string | null } & Fallback<'title' | 'slug' | 'lead'>

export type Article = Omit<ArticleSummary, 'fallback'> & {
  body: RichTextData | null
  seoTitle: string | null
  seoDescription: string | null
  hero: Image | null
  related: ArticleSummary[]
  lastReviewedAt: string | null
  updatedAt: string
  /** When readers were last told of a change (a publish that was not minor); null before the first one. */
  lastMajorChangeAt?: string | null
} & Fallback<'title' | 'slug' | 'lead' | 'body' | 'seoTitle' | 'seoDescription'>

/** A link; `lang: 'nb'` when its label has no translation and is shown in bokmål. */
export type NavLink = { label: string; href: string; lang?: 'nb' }

export type Disclaimers = { notExhaustive: string; notApproval: string; clinicianResponsible: string } & Fallback<
  'notExhaustive' | 'notApproval' | 'clinicianResponsible'
>

/** What every page's frame shows: the site name, menus, footer and the standing disclaimers. */
export type SiteFrame = {
  siteName: string | null
  mainMenu: NavLink[]
  footerLinks: NavLink[]
  footerText: string | null
  disclaimers: Disclaimers | null
  slugs: SlugMap
} & Fallback<'siteName' | 'footerText'>

export type SearchKind = 'articles' | 'vendors' | 'tariffs' | 'research-links'
/** `titleLang`/`excerptLang`: 'nb' when that text has no translation and is shown in bokmål. */
export type SearchHit = {
  kind: SearchKind
  title: string
  excerpt: string | null
  href: string
  external: boolean
  titleLang?: 'nb'
  excerptLang?: 'nb'
}

/** Live data that blocks inside an article body render (vendor lists, tariff tables, research lists). */
export type BlockData = {
  categories: Category[]
  vendors: VendorSummary[]
  tariffs: Tariff[]
  research: ResearchLink[]
}
