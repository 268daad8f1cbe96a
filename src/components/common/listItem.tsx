import type { JSXConverter, JSXConverterArgs } from '@payloadcms/richtext-lexical/react'

type ListItemNode = { type: 'listitem'; value?: number; checked?: boolean; children: { type: string }[] }

/**
 * Lexical's list item without `value` outside numbered lists: Payload's converter writes `value="1"` on every
 * `<li>`, which HTML allows only inside `<ol>` (the W3C checker's 22 errors on the guide). Check lists keep
 * Payload's own rendering.
 */
export function listItemConverter(payloads: JSXConverter<any> | undefined): JSXConverter<any> {
  return (args: JSXConverterArgs<ListItemNode>) => {
    const { node, nodesToJSX, parent } = args
    const listType = (parent as { listType?: string } | undefined)?.listType
    if (listType === 'check' && typeof payloads === 'function') return payloads(args)
    const nested = node.children.some((child) => child.type === 'list')
    return (
      <li
        value={listType === 'number' ? node.value : undefined}
        className={nested ? 'nestedListItem' : undefined}
        style={nested ? { listStyleType: 'none' } : undefined}
      >
        {nodesToJSX({ nodes: node.children as never })}
      </li>
    )
  }
}
