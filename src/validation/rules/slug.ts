import type { Message } from '../messages'

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

/** A slug is needed when the title gives none: a title of only symbols slugifies to nothing. */
export function checkSlugSource(slug: unknown, source: unknown): Message | null {
  if (typeof slug === 'string' && slug.trim()) return null
  if (typeof source !== 'string' || !source.trim() || slugify(source)) return null
  return {
    nb: 'Tittelen har ingen bokstaver eller sifre å lage en adresse av. Skriv en tittel med bokstaver eller sifre, eller fyll inn adressen (slug) selv.',
    en: 'The title has no letters or digits to make a slug from. Write a title with letters or digits, or fill in the slug yourself.',
  }
}
