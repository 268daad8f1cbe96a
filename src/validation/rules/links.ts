import type { Message } from '../messages'

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
