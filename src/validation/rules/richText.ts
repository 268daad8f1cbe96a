import type { Message } from '../messages'

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
