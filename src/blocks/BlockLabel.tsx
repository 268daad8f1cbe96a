import type { UIFieldServerComponent } from 'payload'

import { blockTitle, type BlockSettings } from './blockTitle'
import { articleBlocks } from './index'

/** The block's own block config, found by its slug (the Label component is shared by every body block). */
function labelOf(settings: BlockSettings): Record<string, string> | string {
  const block = articleBlocks.find((b) => b.slug === settings.blockType)
  const singular = block?.labels?.singular
  return typeof singular === 'string' || (singular && typeof singular === 'object') ? (singular as Record<string, string>) : (settings.blockType ?? '')
}

/**
 * The header of an article-body block in the admin's rich-text editor: the block's kind and what its settings
 * choose (the profession group by name, in the language being edited), instead of an empty block name.
 */
export const BlockLabel: UIFieldServerComponent = async ({ siblingData, data, i18n, req }) => {
  const settings = ((siblingData ?? data ?? {}) as BlockSettings) || {}
  const category = settings.category
  let categoryName: string | null = null
  if (category && typeof category === 'object' && 'name' in category) categoryName = String((category as { name: unknown }).name)
  else if (typeof category === 'number' || typeof category === 'string') {
    const found = await req.payload
      .findByID({ collection: 'profession-categories', id: category, depth: 0, locale: req.locale ?? undefined, req, overrideAccess: false })
      .catch(() => null)
    categoryName = found?.name ?? null
  }
  const title = blockTitle({ label: labelOf(settings), settings, categoryName }, i18n)
  return <span className="LexicalEditorTheme__block-label block-title">{title}</span>
}
