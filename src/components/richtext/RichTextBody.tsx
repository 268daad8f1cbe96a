import { Heading, Paragraph } from '../ds'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import type { RichTextData } from '../../content/types'
import { createIdMaker, textOf } from './anchors'
import { ContactBoxBlock, NoteBlock, ResearchListBlock, TariffTableBlock, VendorListBlock } from './blocks'
import { listItemConverter } from './listItem'
import type { RenderContext } from './context'
import { readableTree } from './readableTree'
import { SafeLink } from './links'

type Props = { data: RichTextData | null; ctx: RenderContext }

// Each block component checks and narrows its own fields.
type BlockArgs = { node: { fields: any } }

const SIZE = { h2: 'md', h3: 'sm', h4: 'xs' } as const

/**
 * Renders a Lexical body with Designsystemet components. Links go through SafeLink (no unsafe href ever
 * reaches the page), and the live-data blocks render the published data the page read. What is stored goes
 * through readableTree first, so a malformed or unknown node degrades to its text instead of failing the page.
 */
export function RichTextBody({ data: stored, ctx }: Props) {
  const data = readableTree(stored)
  if (!data) return null
  const makeId = createIdMaker()
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const tag = node.tag === 'h3' || node.tag === 'h4' ? node.tag : 'h2'
      return (
        <Heading level={Number(tag[1]) as 2 | 3 | 4} data-size={SIZE[tag]} id={makeId(textOf(node))}>
          {nodesToJSX({ nodes: node.children })}
        </Heading>
      )
    },
    paragraph: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      return children.length ? <Paragraph variant="long">{children}</Paragraph> : null
    },
    link: ({ node, nodesToJSX }) => (
      <SafeLink fields={node.fields} ctx={ctx}>
        {nodesToJSX({ nodes: node.children })}
      </SafeLink>
    ),
    autolink: ({ node, nodesToJSX }) => (
      <SafeLink fields={node.fields} ctx={ctx}>
        {nodesToJSX({ nodes: node.children })}
      </SafeLink>
    ),
    listitem: listItemConverter(defaultConverters.listitem),
    // Uploads are not in the editor's feature set; anything that arrives anyway is not rendered.
    upload: () => null,
    blocks: {
      vendorList: ({ node }: BlockArgs) => <VendorListBlock fields={node.fields} ctx={ctx} />,
      tariffTable: ({ node }: BlockArgs) => <TariffTableBlock fields={node.fields} ctx={ctx} />,
      researchList: ({ node }: BlockArgs) => <ResearchListBlock fields={node.fields} ctx={ctx} />,
      note: ({ node }: BlockArgs) => <NoteBlock fields={node.fields} />,
      contactBox: ({ node }: BlockArgs) => <ContactBoxBlock fields={node.fields} ctx={ctx} />,
    },
  })
  return <RichText data={data} converters={converters} className="rich-text" />
}
