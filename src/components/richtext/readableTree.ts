import type { RichTextData } from '../../content/types'

type Node = Record<string, unknown> & { type: string; children?: Node[] }

/** The node types RichTextBody has a converter for; everything else is shown as its plain text. */
const RENDERED = new Set(['paragraph', 'text', 'linebreak', 'tab', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink', 'horizontalrule', 'block'])
const CONTAINERS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'link', 'autolink'])
/** The live-data blocks RichTextBody renders. */
export const RENDERED_BLOCKS = new Set(['vendorList', 'tariffTable', 'researchList', 'note', 'contactBox'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function warn(message: string) {
  console.warn(`[richtext] ${message}`)
}

/** The plain text a node carries, from `text` and its children only (never `html` or any other property). */
function plainText(node: unknown): string {
  if (!isRecord(node)) return ''
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? node.children.map(plainText).join('') : ''
}

const textNode = (text: string): Node => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

function readNodes(nodes: unknown, atRoot: boolean): Node[] {
  if (!Array.isArray(nodes)) return []
  return nodes.flatMap((node) => readNode(node, atRoot))
}

function readNode(node: unknown, atRoot: boolean): Node[] {
  if (!isRecord(node) || typeof node.type !== 'string') return []
  const { type } = node
  if (!RENDERED.has(type)) {
    // An `html` node, or any node the site does not know: only its text reaches the reader, escaped like any text.
    warn(`unknown node "${type.slice(0, 40)}" shown as its text`)
    const text = plainText(node)
    if (!text) return []
    return atRoot ? [{ type: 'paragraph', children: [textNode(text)], format: '', indent: 0, version: 1 }] : [textNode(text)]
  }
  if (type === 'text') return typeof node.text === 'string' ? [{ ...node, type, format: typeof node.format === 'number' ? node.format : 0 }] : []
  if (type === 'block') {
    const blockType = isRecord(node.fields) ? node.fields.blockType : undefined
    if (typeof blockType === 'string' && RENDERED_BLOCKS.has(blockType)) return [node as Node]
    warn(`unknown block "${String(blockType).slice(0, 40)}" left out`)
    return []
  }
  if (type === 'link' || type === 'autolink') return [{ ...node, type, fields: isRecord(node.fields) ? node.fields : {}, children: readNodes(node.children, false) }]
  if (CONTAINERS.has(type)) return [{ ...node, type, children: readNodes(node.children, false) }]
  return [{ ...node, type }]
}

/**
 * What the site renders of a stored rich-text value: a Lexical tree made only of nodes the renderer knows,
 * with lists where lists belong and strings where text belongs. Anything else degrades instead of failing
 * the page: a value that is no Lexical document renders nothing, an unknown node (such as `html`) its text.
 * Each degradation is logged as a warning.
 */
export function readableTree(data: unknown): RichTextData | null {
  if (data === null || data === undefined) return null
  // The table of contents and the body clean the same stored value: once, so a node is warned about once.
  if (typeof data === 'object' && cleaned.has(data)) return cleaned.get(data)!
  const tree = cleanTree(data)
  if (typeof data === 'object') cleaned.set(data, tree)
  return tree
}

const cleaned = new WeakMap<object, RichTextData | null>()

function cleanTree(data: unknown): RichTextData | null {
  if (!isRecord(data) || !isRecord(data.root)) {
    warn('rich text is not a Lexical document; nothing shown')
    return null
  }
  const children = readNodes(data.root.children, true)
  return { root: { ...data.root, type: 'root', children } } as unknown as RichTextData
}
