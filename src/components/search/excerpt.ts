/** Longest excerpt a search hit shows, in characters (the index keeps up to 300). */
const EXCERPT_LENGTH = 200

/**
 * A search hit's excerpt, at most `max` characters plus an ellipsis: cut at the last word boundary that fits,
 * never inside a word, and without a dangling comma or dash before the "…". A text that fits is kept whole.
 */
export function cutExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const head = clean.slice(0, max + 1)
  const boundary = head.lastIndexOf(' ')
  // One word longer than the whole excerpt has no boundary to cut at: cut it, the ellipsis says so.
  const cut = boundary > 0 ? head.slice(0, boundary) : clean.slice(0, max)
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`
}
