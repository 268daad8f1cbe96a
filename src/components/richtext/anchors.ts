import type { RichTextData } from '../../content/types'
import { slugify } from '../../validation/rules'
import { readableTree } from './readableTree'

type Node = { type?: string; tag?: string; text?: string; children?: Node[] }

/** The plain text of a node and its children. */
export function textOf(node: Node): string {
  if (typeof node.text === 'string') return node.text
  return (node.children ?? []).map(textOf).join('')
}

/** Gives each heading a readable, unique id; the table of contents and the renderer use one each, in step. */
export function createIdMaker(): (text: string) => string {
  const used = new Set<string>()
  return (text) => {
    const base = slugify(text) || 'seksjon'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}

/** The h2 headings of a body, with the ids the renderer gives them, for a table of contents. */
export function tableOfContents(stored: RichTextData | null): { id: string; text: string }[] {
  const data = readableTree(stored)
  if (!data) return []
  const makeId = createIdMaker()
  const result: { id: string; text: string }[] = []
  for (const node of (data.root.children ?? []) as Node[]) {
    if (node.type !== 'heading') continue
    const text = textOf(node)
    const id = makeId(text)
    if (node.tag === 'h2') result.push({ id, text })
  }
  return result
}
