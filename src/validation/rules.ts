// Pure validation rules shared by fields, hooks and the frontend. Each returns null when the value is fine,
// or the message to show.
import type { Message } from './messages'

// Schemes a reader may follow. Checked when saved and again when rendered.
const WEB_SCHEMES = ['http:', 'https:']
const LINK_SCHEMES = [...WEB_SCHEMES, 'mailto:', 'tel:']

// Control characters and whitespace that browsers strip or fold when they read a URL.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/

/** An absolute http(s) URL, such as a vendor's website or a report. */
export function checkWebUrl(value: unknown): Message | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  const url = parseAbsolute(value.trim())
  if (!url || !WEB_SCHEMES.includes(url.protocol) || !url.hostname) {
    return {
      nb: 'Skriv en fullstendig nettadresse som begynner med https:// (eller http://).',
      en: 'Enter a full web address starting with https:// (or http://).',
    }
  }
  return null
}

/** A link in text or navigation: http(s), mailto:, tel:, or a path on this site starting with a single /. */
export function checkLinkHref(value: unknown): Message | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  const href = value.trim()
  if (isSitePath(href)) return null
  const url = parseAbsolute(href)
  if (!url || !LINK_SCHEMES.includes(url.protocol)) {
    return {
      nb: 'Lenken må begynne med https://, http://, mailto:, tel: eller / (en side på dette nettstedet).',
      en: 'The link must start with https://, http://, mailto:, tel: or / (a page on this site).',
    }
  }
  return null
}

/** True when a link is safe to render as an `href`; the frontend uses it again on output. */
export function isSafeHref(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && checkLinkHref(value) === null
}

function isSitePath(href: string): boolean {
  return /^\/(?![/\\])/.test(href) && !HIDDEN_CHARACTERS.test(href) && !href.includes('\\')
}

function parseAbsolute(value: string): URL | null {
  if (HIDDEN_CHARACTERS.test(value)) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** Removes the spaces people type in organisation numbers ("974 760 673"), so one form is stored. */
export function normaliseOrganisationNumber(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s/g, '') : value
}

/** Norwegian organisation number: nine digits whose last is the modulus-11 check digit of the first eight. */
export function checkOrganisationNumber(value: unknown): Message | null {
  if (value === null || value === undefined || value === '') return null
  const digits = String(value).replace(/\s/g, '')
  if (!/^\d{9}$/.test(digits)) {
    return { nb: 'Organisasjonsnummeret må ha ni siffer.', en: 'The organisation number must have nine digits.' }
  }
  const weights = [3, 2, 7, 6, 5, 4, 3, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0)
  const remainder = sum % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  if (check === 10 || check !== Number(digits[8])) {
    return {
      nb: 'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk det i Enhetsregisteret.',
      en: 'The organisation number is not valid (the check digit does not match). Check it in the Central Coordinating Register.',
    }
  }
  return null
}

/** An end date must not come before its start date. */
export function checkDateOrder(from: unknown, to: unknown): Message | null {
  if (!from || !to) return null
  const start = new Date(from as string).getTime()
  const end = new Date(to as string).getTime()
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  if (end < start) {
    return { nb: 'Sluttdatoen kan ikke være før startdatoen.', en: 'The end date cannot be before the start date.' }
  }
  return null
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug is lowercase a-z, digits and single hyphens: nothing a path or a look-alike could hide in. */
export function checkSlug(value: unknown): Message | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value) || value.length > 120) {
    return {
      nb: 'Adressen (slug) kan bare ha små bokstaver a–z, sifre og enkle bindestreker, for eksempel «leger-og-psykologer».',
      en: 'The slug may only contain lowercase a–z, digits and single hyphens, for example "doctors-and-psychologists".',
    }
  }
  return null
}

/** Turns a title into a slug: æ -> ae, ø -> o, å -> a, other accents dropped, everything else a hyphen. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '')
}

/** A text field's value is a string (or, for a field with many values, a list of strings); never an object. */
export function checkTextValue(value: unknown, hasMany = false): Message | null {
  if (value === null || value === undefined || typeof value === 'string') return null
  if (hasMany && Array.isArray(value) && value.every((item) => typeof item === 'string')) return null
  return { nb: 'Verdien må være tekst.', en: 'The value must be text.' }
}

/** A number field's value is a finite number; "abc" (which arrives as NaN) is refused rather than stored as empty. */
export function checkNumberValue(value: unknown, hasMany = false): Message | null {
  if (value === null || value === undefined) return null
  const values = hasMany && Array.isArray(value) ? value : [value]
  if (values.every((item) => typeof item === 'number' && Number.isFinite(item))) return null
  return { nb: 'Skriv et tall, for eksempel 2021.', en: 'Enter a number, for example 2021.' }
}

export const YEAR_RANGE = { min: 1900, max: 2200 } as const

// ISO 8601 as the admin and the API send it: a date, optionally a time and an offset.
const ISO_DATE =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date that exists on the calendar (no 30 February, which JavaScript would quietly turn into 2 March), in
 * ISO form (2026-03-01 or 2026-03-01T12:00:00.000Z), with a year between 1900 and 2200.
 */
export function checkCalendarDate(value: unknown): Message | null {
  if (value === null || value === undefined || value === '') return null
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value
  const match = typeof text === 'string' ? ISO_DATE.exec(text.trim()) : null
  if (!match) {
    return {
      nb: 'Skriv en gyldig dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.',
      en: 'Enter a valid date in the form YYYY-MM-DD, for example 2026-03-01.',
    }
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  if (year! < YEAR_RANGE.min || year! > YEAR_RANGE.max) {
    return {
      nb: `Datoen må ha et årstall mellom ${YEAR_RANGE.min} og ${YEAR_RANGE.max}.`,
      en: `The date must have a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`,
    }
  }
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate()
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth || hour! > 23 || minute! > 59 || second! > 59) {
    return {
      nb: 'Datoen finnes ikke i kalenderen. Sjekk dag og måned.',
      en: 'That date does not exist on the calendar. Check the day and month.',
    }
  }
  return null
}

/** The publication states Payload knows. Anything else would be neither shown nor hidden consistently. */
export const PUBLICATION_STATUSES = ['draft', 'published'] as const

export function checkPublicationStatus(value: unknown): Message | null {
  if ((PUBLICATION_STATUSES as readonly unknown[]).includes(value)) return null
  return {
    nb: 'Status må være «draft» (kladd) eller «published» (publisert).',
    en: 'The status must be "draft" or "published".',
  }
}

/** A slug is needed when the title gives none: a title of only symbols slugifies to nothing. */
export function checkSlugSource(slug: unknown, source: unknown): Message | null {
  if (typeof slug === 'string' && slug.trim()) return null
  if (typeof source !== 'string' || !source.trim() || slugify(source)) return null
  return {
    nb: 'Tittelen har ingen bokstaver eller sifre å lage en adresse av. Skriv en tittel med bokstaver eller sifre, eller fyll inn adressen (slug) selv.',
    en: 'The title has no letters or digits to make a slug from. Write a title with letters or digits, or fill in the slug yourself.',
  }
}

/** A rich-text document may be at most this large as JSON (the whole guide article is about a tenth of it). */
export const RICH_TEXT_MAX_BYTES = 200_000

/** Lexical's own nodes, present whatever features an editor has. */
export const LEXICAL_CORE_NODES = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const

// Nodes that hold other nodes, so that `children` must be a list; and nodes that carry their settings in `fields`.
const ELEMENT_NODES = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'])
const FIELD_NODES = new Set(['link', 'autolink', 'block', 'inlineBlock', 'relationship', 'upload'])
const MAX_NESTING = 40

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function shapeProblem(nb: string, en: string): Message {
  return {
    nb: `Teksten har en ugyldig oppbygning: ${nb}. Skriv eller lim inn teksten på nytt i redigeringsfeltet.`,
    en: `The text is not a valid rich-text document: ${en}. Type or paste the text again in the editor.`,
  }
}

/**
 * A rich-text value is a Lexical document: `{ root: { type: 'root', children: [...] } }`, every node an object
 * whose `type` is one the field's editor has (`allowed`, plus Lexical's own), `children` a list wherever a
 * node holds others, text nodes with string text, links and blocks with their `fields`, and at most
 * RICH_TEXT_MAX_BYTES of JSON. Payload's own check only runs the features' validations over what is there.
 */
export function checkRichText(value: unknown, allowed: ReadonlySet<string>): Message | null {
  if (value === null || value === undefined) return null
  const size = jsonBytes(value)
  if (!Number.isFinite(size)) return shapeProblem('den kan ikke leses som JSON', 'it cannot be read as JSON')
  if (size > RICH_TEXT_MAX_BYTES) {
    const kb = (n: number) => Math.ceil(n / 1000)
    return {
      nb: `Teksten er for lang (${kb(size)} kB). Den kan være høyst ${kb(RICH_TEXT_MAX_BYTES)} kB; del den opp i flere artikler.`,
      en: `The text is too long (${kb(size)} kB). It may be at most ${kb(RICH_TEXT_MAX_BYTES)} kB; split it into several articles.`,
    }
  }
  return checkTree(value, allowed)
}

/** Only the structure of a rich-text value, whatever its node types and size: what Payload's hooks need to walk it. */
export function checkRichTextStructure(value: unknown): Message | null {
  if (value === null || value === undefined) return null
  return checkTree(value, null)
}

function checkTree(value: unknown, allowed: ReadonlySet<string> | null): Message | null {
  if (!isRecord(value) || !isRecord(value.root) || value.root.type !== 'root' || !Array.isArray(value.root.children)) {
    return shapeProblem('den mangler rotnoden med en liste av innhold', 'it lacks the root node with a list of content')
  }
  return checkNodes(value.root.children, allowed, 1)
}

function checkNodes(nodes: unknown[], allowed: ReadonlySet<string> | null, depth: number): Message | null {
  if (depth > MAX_NESTING) return shapeProblem(`innholdet er nøstet dypere enn ${MAX_NESTING} nivåer`, `content is nested deeper than ${MAX_NESTING} levels`)
  for (const node of nodes) {
    if (!isRecord(node) || typeof node.type !== 'string') return shapeProblem('et element er ikke et objekt med en type', 'an element is not an object with a type')
    const { type } = node
    if (type === 'root' || (allowed && !allowed.has(type) && !(LEXICAL_CORE_NODES as readonly string[]).includes(type))) {
      return shapeProblem(`elementtypen «${type}» er ikke tillatt i dette feltet`, `the element type "${type}" is not allowed in this field`)
    }
    if (type === 'text' && typeof node.text !== 'string') return shapeProblem('et tekstelement mangler teksten', 'a text element has no text')
    if (FIELD_NODES.has(type) && !isRecord(node.fields)) return shapeProblem(`et «${type}»-element mangler innstillingene sine`, `a "${type}" element has no settings`)
    if ((type === 'block' || type === 'inlineBlock') && typeof (node.fields as Record<string, unknown>).blockType !== 'string') {
      return shapeProblem('en blokk mangler blokktypen', 'a block has no block type')
    }
    if (ELEMENT_NODES.has(type) ? !Array.isArray(node.children) : node.children !== undefined && !Array.isArray(node.children)) {
      return shapeProblem(`et «${type}»-element mangler listen over innhold`, `a "${type}" element has no list of content`)
    }
    if (Array.isArray(node.children)) {
      const problem = checkNodes(node.children, allowed, depth + 1)
      if (problem) return problem
    }
  }
  return null
}

function jsonBytes(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').length
  } catch {
    return Number.POSITIVE_INFINITY
  }
}
