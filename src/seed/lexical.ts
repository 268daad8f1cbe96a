import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'
import crypto from 'node:crypto'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'

import { editorFeatures } from '../fields/richTextField'
import type { BodyPart } from './types'

export type IdOf = (categoryKey: string) => number | string

/** Builds a Lexical document from Markdown pieces and live-data blocks, with the article editor's features. */
export async function createBodyBuilder(config: SanitizedConfig) {
  const editorConfig = await editorConfigFactory.fromFeatures({ config, features: editorFeatures({ withBlocks: true }) })

  return function build(parts: BodyPart[], categoryId: IdOf): SerializedEditorState {
    const children: SerializedLexicalNode[] = []
    for (const part of parts) {
      if (typeof part === 'string') {
        children.push(...convertMarkdownToLexical({ editorConfig, markdown: part }).root.children)
        continue
      }
      const { block, ...fields } = part
      const values: Record<string, unknown> = { ...fields }
      if ('category' in fields && fields.category) values.category = categoryId(fields.category)
      children.push({
        type: 'block',
        version: 2,
        format: '',
        fields: { id: crypto.randomBytes(12).toString('hex'), blockName: '', blockType: block, ...values },
      } as SerializedLexicalNode)
    }
    return {
      root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children },
    } as SerializedEditorState
  }
}
