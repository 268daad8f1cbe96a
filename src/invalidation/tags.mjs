/**
 * Cache tags of the public site. Every cached read in src/content is tagged with the collections and globals
 * it reads; a change to one of them expires that tag, and with it every page that shows it. Plain ESM, so
 * that the production server (plain Node) and the Payload hooks read the same list.
 */
export const CONTENT_TAGS = /** @type {const} */ ([
  'articles',
  'vendors',
  'tariffs',
  'research-links',
  'profession-categories',
  'media',
  'search',
  'site-settings',
  'navigation',
  // The public change history and its Atom feeds (collections/change-log/).
  'change-log',
])

/** @typedef {(typeof CONTENT_TAGS)[number]} ContentTag */

/**
 * @param {unknown} value
 * @returns {value is ContentTag}
 */
export function isContentTag(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (CONTENT_TAGS).includes(value)
}
