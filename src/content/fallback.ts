import type { DocId } from './ids'
import { DEFAULT_LANG, type Lang } from '../i18n/langs'

/** The fields of a document whose text is shown in bokmål because the page's language has none. */
export type Fallback<K extends string> = { fallback?: readonly K[] }

type LexicalNode = { text?: unknown; children?: unknown }

/** Whether a Lexical node holds any text or block: an editor that was cleared stores empty paragraphs. */
function hasContent(node: LexicalNode): boolean {
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if ((node as { type?: unknown }).type === 'block') return true
  return Array.isArray(node.children) && node.children.some((child) => child && typeof child === 'object' && hasContent(child as LexicalNode))
}

const isEmptyRichText = (value: unknown) =>
  typeof value === 'object' && value !== null && 'root' in value && !hasContent((value as { root: LexicalNode }).root ?? {})

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || isEmptyRichText(value)

/**
 * Fills the untranslated fields of one document from its bokmål version and names them in `fallback`, so
 * that the page can mark that text `lang="nb"` instead of passing bokmål off as the page's language. The
 * reads behind it ask for the page's language without Payload's fallback (see `ownTextIn`).
 */
export function fillFromBokmal<T extends object, K extends keyof T & string>(own: T, nb: T | undefined, fields: readonly K[]): T & Fallback<K> {
  const filled = { ...own }
  const fallback: K[] = []
  for (const field of fields) {
    if (!isEmpty(own[field]) || !nb || isEmpty(nb[field])) continue
    filled[field] = nb[field]
    fallback.push(field)
  }
  return fallback.length ? { ...filled, fallback } : filled
}

/** The same for a list, matched by id; on a bokmål page nothing falls back. */
export function fillListFromBokmal<T extends { id: DocId }, K extends keyof T & string>(
  lang: Lang,
  own: T[],
  nb: T[],
  fields: readonly K[],
): (T & Fallback<K>)[] {
  if (lang === DEFAULT_LANG) return own
  const byId = new Map(nb.map((doc) => [doc.id, doc]))
  return own.map((doc) => fillFromBokmal(doc, byId.get(doc.id), fields))
}
