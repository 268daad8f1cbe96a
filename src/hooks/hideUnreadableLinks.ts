import type { CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '../access/isStaff'
import { type DocRef, readableRefs } from './readableRefs'

type Id = number | string
type LinkNode = { type?: string; fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } | null }; children?: LinkNode[] }
type Editor = { root?: LinkNode }

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value ? (value as { id?: Id }).id : (value as Id | undefined)

function internalLinks(node: LinkNode | undefined, found: LinkNode[] = []): LinkNode[] {
  if (!node || typeof node !== 'object') return found
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal' && node.fields.doc) found.push(node)
  for (const child of Array.isArray(node.children) ? node.children : []) internalLinks(child, found)
  return found
}

async function hideIn(editor: Editor, guarded: CollectionSlug[], req: PayloadRequest): Promise<void> {
  const links = internalLinks(editor?.root).filter((link) => guarded.includes(link.fields!.doc!.relationTo as CollectionSlug))
  const refs = links.map(({ fields }): DocRef | null => {
    const id = idOf(fields!.doc!.value)
    return id === undefined ? null : { collection: fields!.doc!.relationTo as CollectionSlug, id }
  })
  const canRead = await readableRefs(req, refs.filter((ref) => ref !== null))
  links.forEach((link, i) => {
    const ref = refs[i]
    if (!ref || !canRead(ref)) link.fields!.doc = null
  })
}

/**
 * A rich-text field's `afterRead` hook: an internal link to a document the reader may not read (a draft
 * article) loses its target, so the reader learns neither its id nor its content; the site then renders the
 * link's text alone. Reads with access checks off and staff reads keep every link (staff may read every
 * document, and an editor's form must never lose a link to a failed check).
 */
export function hideUnreadableLinks(guarded: CollectionSlug[]): FieldHook {
  return async ({ value, req, overrideAccess }) => {
    if (overrideAccess || !value || typeof value !== 'object' || isStaff({ req })) return value
    const editors = 'root' in value ? [value as Editor] : Object.values(value as Record<string, Editor>).filter((v) => v && typeof v === 'object' && 'root' in v)
    for (const editor of editors) await hideIn(editor, guarded, req)
    return value
  }
}
