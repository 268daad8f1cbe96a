/**
 * Cache tags of the public site. Every cached read in src/content is tagged with the collections and globals
 * it reads; a change to one of them revalidates that tag, and with it every page that shows it.
 */
export const CONTENT_TAGS = [
  'articles',
  'vendors',
  'tariffs',
  'research-links',
  'profession-categories',
  'media',
  'search',
  'site-settings',
  'navigation',
] as const

export type ContentTag = (typeof CONTENT_TAGS)[number]
