import { describe, expect, test } from '@jest/globals'
import { createElement, type ComponentType } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import * as ours from '../../../src/components/ds-markup'

// The server-rendered Designsystemet components must produce exactly the markup of the package's own
// components, or Designsystemet's CSS would style them differently.
const DS = '../../../node_modules/@digdir/designsystemet-react/dist/esm/components'

type Case = { name: keyof typeof ours; file: string; props: Record<string, unknown> }

const cases: Case[] = [
  { name: 'Paragraph', file: 'paragraph/paragraph.js', props: { variant: 'long', 'data-size': 'sm', className: 'x', children: 'Tekst' } },
  { name: 'Paragraph', file: 'paragraph/paragraph.js', props: { children: 'Uten variant' } },
  { name: 'Heading', file: 'heading/heading.js', props: { level: 3, 'data-size': 'sm', id: 'a', children: 'Overskrift' } },
  { name: 'Heading', file: 'heading/heading.js', props: { children: 'Standardnivå' } },
  { name: 'Link', file: 'link/link.js', props: { href: '/leverandorer', 'data-color': 'neutral', children: 'Lenke' } },
  { name: 'Tag', file: 'tag/tag.js', props: { 'data-color': 'accent', 'data-size': 'sm', variant: 'outline', children: 'Merke' } },
  { name: 'Alert', file: 'alert/alert.js', props: { children: 'Info' } },
  { name: 'Alert', file: 'alert/alert.js', props: { 'data-color': 'warning', role: 'status', children: 'Advarsel' } },
  { name: 'SkipLink', file: 'skip-link/skip-link.js', props: { href: '#main', children: 'Hopp' } },
  { name: 'CardBlock', file: 'card/card-block.js', props: { className: 'y', children: 'Blokk' } },
  { name: 'Table', file: 'table/table.js', props: { zebra: true, border: true, 'data-size': 'sm', children: null } },
  { name: 'Table', file: 'table/table.js', props: { children: null } },
  { name: 'TableHeaderCell', file: 'table/table-header-cell.js', props: { scope: 'row', children: 'Kode' } },
]

describe('Designsystemet markup rendered on the server', () => {
  test.each(cases)('$name renders what the package renders ($props)', async ({ name, file, props }) => {
    const mod = (await import(`${DS}/${file}`)) as Record<string, ComponentType<any>>
    const theirs = mod[name]!
    const ours_ = ours[name] as ComponentType<any>
    expect(renderToStaticMarkup(createElement(ours_, props))).toBe(renderToStaticMarkup(createElement(theirs, props)))
  })

  test('every markup-only component is covered above', () => {
    const covered = new Set(cases.map((c) => c.name))
    const simple = ['TableHead', 'TableBody', 'TableRow', 'TableCell'] // plain elements without a class in the package too
    expect(Object.keys(ours).filter((k) => !covered.has(k as Case['name']) && !simple.includes(k))).toEqual([])
  })
})
