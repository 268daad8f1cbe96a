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
