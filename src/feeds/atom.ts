/** One entry of an Atom feed: a published change. */
export type AtomEntry = { id: string; title: string; updated: string; url: string; summary: string }

/** An Atom 1.0 feed (RFC 4287): its id, title, newest update, own address, the page it follows, and entries. */
export type AtomFeed = {
  id: string
  title: string
  updated: string
  selfUrl: string
  pageUrl: string
  lang: string
  author: string
  entries: AtomEntry[]
}

export class AtomError extends Error {
  name = 'AtomError'
}

// Characters XML 1.0 cannot carry at all, escaped or not: control characters but tab, newline and return,
// lone surrogates, U+FFFE and U+FFFF. Dropped, so that no editor's text makes the feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an element or an attribute: the XML specials escaped, characters XML cannot hold removed. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** An Atom date (RFC 3339): refused when it is not one, since a reader would drop the whole feed. */
function date(value: string, what: string): string {
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) throw new AtomError(`${what} is not an RFC 3339 date: ${value}`)
  return value
}

/** An absolute IRI (http, https or tag): ids and links must be, or readers cannot tell entries apart. */
function iri(value: string, what: string): string {
  if (!/^(https?:\/\/[^\s]+|tag:[^\s]+)$/.test(value)) throw new AtomError(`${what} is not an absolute IRI: ${value}`)
  return value
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${xmlText(iri(entry.id, 'entry id'))}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <updated>${date(entry.updated, 'entry updated')}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(iri(entry.url, 'entry link'))}"/>`,
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n')
}

/**
 * The feed as an Atom 1.0 document: every text escaped, every id and link absolute, every date RFC 3339
 * (an invalid one throws AtomError rather than serving a feed readers reject), entries newest first.
 */
export function buildAtom(feed: AtomFeed): string {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(feed.lang)) throw new AtomError(`not a language tag: ${feed.lang}`)
  const entries = [...feed.entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated))
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${xmlText(iri(feed.id, 'feed id'))}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <updated>${date(feed.updated, 'feed updated')}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(iri(feed.selfUrl, 'self link'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(iri(feed.pageUrl, 'page link'))}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n')
}
