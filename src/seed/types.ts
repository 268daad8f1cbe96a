import type { AttestationKey, AttestationStatus } from '../domain/attestations'
import type { Profession } from '../domain/professions'
import type { ResearchKind } from '../domain/researchKinds'
import type { SolutionType } from '../domain/solutionTypes'
import type { VendorFeature } from '../domain/vendorFeatures'

/** Text in the three site languages; nn and en fall back to bokmål when left out. */
export type Localized = { nb: string; nn?: string; en?: string }

/** Keys of the five profession groups, used to link vendors, tariffs and blocks to groups. */
export type CategoryKey = 'leger' | 'psykologer-psykiatere' | 'fysio-manuell-logoped' | 'spesialisthelsetjenesten' | 'kommuner'

export type SeedCategory = {
  key: CategoryKey
  order: number
  name: Required<Localized>
  /** Slugs per language; nb is the stable key the seed looks documents up by. */
  slug: Required<Localized>
  description: Localized
}

export type SeedVendor = {
  /** Stable slug, also the seed's lookup key. */
  slug: string
  name: string
  /** The vendor organisation that owns the entry, by name (the seed creates it without a number). */
  company?: string
  solutionType: SolutionType
  categories: CategoryKey[]
  shortDescription: Localized
  website?: string
  features: Record<VendorFeature, boolean>
  attestations?: Partial<Record<AttestationKey, { status: AttestationStatus; confirmedAt?: string }>>
  /** true only when the reference data marks the listing facts confirmed; guesses stay drafts. */
  publish: boolean
  /** Why it is a draft (for the editor who checks it), in bokmål. */
  reviewNote?: string
}

export type SeedTariff = {
  code: string
  title: Localized
  description: Localized
  categories: CategoryKey[]
  professions: Profession[]
  /** ISO date, yyyy-mm-dd. */
  effectiveFrom: string
  effectiveTo?: string
  sourceUrl?: string
  publish: boolean
  reviewNote?: string
}

export type SeedResearchLink = {
  title: string
  publisher?: string
  year?: number
  url: string
  kind: ResearchKind
  summary: Localized
  publish: boolean
}

/** A piece of an article body: Markdown (headings ##/###, lists, links, **bold**) or a live-data block. */
export type BodyPart =
  | string
  | { block: 'vendorList'; category: CategoryKey; solutionType: SolutionType }
  | { block: 'tariffTable'; category?: CategoryKey; includeExpired?: boolean }
  | { block: 'researchList'; kind?: ResearchKind; limit?: number }
  | { block: 'note'; title?: string; text: string }
  | { block: 'contactBox'; title: string; text?: string; linkLabel?: string; href?: string }

export type SeedArticle = {
  /** Slugs per language; nb is the stable key the seed looks the article up by. */
  slug: Required<Localized>
  title: Required<Localized>
  lead: Localized
  seo?: { title?: Localized; description?: Localized }
  /** The body per language. nb is the full text; nn and en may be shorter but carry the headings. */
  body: { nb: BodyPart[]; nn?: BodyPart[]; en?: BodyPart[] }
  heroCredit?: string
  /** nb slugs of related articles. */
  related?: string[]
  lastReviewedAt?: string
  nextReviewAt?: string
  publish: boolean
}

export type SeedSettings = {
  siteName: Required<Localized>
  /** nb slug of the article the site shows at / (site settings keep it by id). */
  frontPage: string
  vendorContactEmail: string
  disclaimers: { notExhaustive: Required<Localized>; notApproval: Required<Localized>; clinicianResponsible: Required<Localized> }
}

export type SeedNavigation = {
  mainMenu: { label: Required<Localized>; href: string }[]
  footerLinks: { label: Required<Localized>; href: string }[]
  footerText: Required<Localized>
}
