import { getCategories, getResearch, getTariffs, getVendors, type BlockData, type RichTextData, type Viewer } from '@/content'
import type { Lang } from '@/i18n/langs'

type Node = { type?: string; fields?: { blockType?: string }; children?: Node[] }

/** The block types a body uses. */
export function blockTypesIn(body: RichTextData | null): Set<string> {
  const found = new Set<string>()
  const walk = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      if (node.type === 'block' && node.fields?.blockType) found.add(node.fields.blockType)
      walk(node.children)
    }
  }
  walk(body?.root.children as Node[] | undefined)
  return found
}

/**
 * Reads only the live data a body's blocks show, so that a page is tagged with (and revalidated by)
 * exactly the collections it displays.
 */
export async function blockDataFor(viewer: Viewer, lang: Lang, body: RichTextData | null): Promise<BlockData> {
  const types = blockTypesIn(body)
  const needsGroups = types.has('vendorList') || types.has('tariffTable')
  const [categories, vendors, tariffs, research] = await Promise.all([
    needsGroups ? getCategories(viewer, lang) : [],
    types.has('vendorList') ? getVendors(viewer, lang) : [],
    types.has('tariffTable') ? getTariffs(viewer, lang) : [],
    types.has('researchList') ? getResearch(viewer, lang) : [],
  ])
  return { categories, vendors, tariffs, research }
}

type VendorListNode = { type?: string; fields?: { blockType?: string; category?: unknown; solutionType?: string } }

/** The vendors a body's vendor lists actually show. */
export function listedVendors(body: RichTextData | null, blocks: BlockData): BlockData['vendors'] {
  const pairs = ((body?.root.children ?? []) as VendorListNode[])
    .filter((n) => n.type === 'block' && n.fields?.blockType === 'vendorList')
    .map((n) => {
      const c = n.fields?.category
      return { category: typeof c === 'number' ? c : (c as { id?: number } | undefined)?.id, type: n.fields?.solutionType }
    })
  return blocks.vendors.filter((v) => pairs.some((p) => p.type === v.solutionType && p.category !== undefined && v.categoryIds.includes(p.category)))
}
