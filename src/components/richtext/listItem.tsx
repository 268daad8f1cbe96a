import type { JSXConverter, JSXConverterArgs } from '@payloadcms/richtext-lexical/react'

import { cloneElement, isValidElement } from 'react'

/**
 * Payload's list item without `value` outside numbered lists: its converter writes `value="1"` on every
 * `<li>`, which HTML allows only inside `<ol>` (the W3C checker's 22 errors on the guide). Everything else
 * about the item (classes, nesting, check lists) stays Payload's.
 */
export function listItemConverter(payloads: JSXConverter<any> | undefined): JSXConverter<any> {
  return (args: JSXConverterArgs<any>) => {
    const item = typeof payloads === 'function' ? payloads(args) : null
    const listType = (args.parent as { listType?: string } | undefined)?.listType
    if (listType === 'number' || !isValidElement(item)) return item
    return cloneElement(item as React.ReactElement<{ value?: unknown }>, { value: undefined })
  }
}
