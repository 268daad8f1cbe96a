import type { Field, RichTextField } from 'payload'

import {
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  lexicalEditor,
  type FeatureProviderServer,
} from '@payloadcms/richtext-lexical'

import { articleBlocks } from '../blocks'
import { say, type Message } from '../validation/messages'
import { checkLinkHref } from '../validation/rules'
import { strictBlocks, strictFields } from '../validation/strictFields'

/**
 * The editor's feature set, kept small on purpose: no raw HTML, embeds or uploads inline. Links accept only
 * http(s), mailto:, tel: and site paths (checked here on save, and again when the site renders them).
 */
export function editorFeatures({ withBlocks }: { withBlocks: boolean }): FeatureProviderServer<any, any, any>[] {
  return [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    HorizontalRuleFeature(),
    LinkFeature({
      enabledCollections: ['articles'],
      fields: ({ defaultFields }) =>
        strictFields(
          defaultFields.map((field) =>
            field.name === 'url'
              ? {
                  ...field,
                  validate: (value: unknown, options: { siblingData?: { linkType?: string }; req?: never }) => {
                    // An internal link keeps a hidden url too; it must be harmless whatever the link type.
                    const internal = options?.siblingData?.linkType === 'internal'
                    if (internal && !value) return true
                    const problem = checkLinkHref(value) ?? (value ? null : { nb: 'Fyll inn en lenke.', en: 'Enter a link.' })
                    return problem ? say(problem, options) : true
                  },
                }
              : field,
          ) as Field[],
        ) as never,
    }),
    ...(withBlocks ? [BlocksFeature({ blocks: strictBlocks(articleBlocks) })] : []),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ]
}

export function richTextField({
  name,
  label,
  localized = true,
  required = false,
  withBlocks = false,
  description,
}: {
  name: string
  label: Message
  localized?: boolean
  required?: boolean
  withBlocks?: boolean
  /** The help text under the field. */
  description?: Message
}): RichTextField {
  return {
    name,
    type: 'richText',
    label,
    localized,
    required,
    ...(description ? { admin: { description } } : {}),
    editor: lexicalEditor({ features: () => editorFeatures({ withBlocks }) }),
  }
}
