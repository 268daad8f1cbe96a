import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { RichTextBody } from '../../../src/components/richtext/RichTextBody'
import { tableOfContents } from '../../../src/components/richtext/anchors'
import type { RenderContext } from '../../../src/components/richtext/context'
import { dictionary } from '../../../src/i18n/dictionary'

// The site's renderer degrades on what it does not know instead of failing the page (issue 9, item 2):
// an unknown node shows its text, an `html` node never passes its HTML, a malformed value renders nothing.

const ctx: RenderContext = {
  lang: 'nb',
  t: dictionary('nb'),
  today: '2026-12-01',
  blocks: { categories: [], vendors: [], tariffs: [], research: [] },
  articles: [],
}

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, mode: 'normal', style: '', detail: 0 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type, version: 1, format: '', indent: 0, direction: 'ltr', children, ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children)
const doc = (...children: unknown[]) => ({ root: element('root', children) })

const render = (data: unknown) => renderToStaticMarkup(createElement(RichTextBody, { data: data as never, ctx }))

let warn: ReturnType<typeof jest.spyOn>
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
})
afterEach(() => warn.mockRestore())

describe('RichTextBody on nodes it does not know', () => {
  test('an unknown node at the top shows its text, and a warning is logged', () => {
    const html = render(doc(paragraph(text('Først')), element('fancyCallout', [text('Viktig '), element('emphasis', [text('innhold')])])))
    expect(html).toContain('Først')
    expect(html).toContain('Viktig innhold')
    expect(html).not.toContain('unknown node')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fancyCallout'))
  })

  test('a body shown with its table of contents is cleaned once: one warning per unknown node', () => {
    const body = doc(element('heading', [text('Innledning')], { tag: 'h2' }), element('fancyCallout', [text('Viktig')]))
    expect(tableOfContents(body as never)).toEqual([{ id: expect.any(String), text: 'Innledning' }])
    expect(render(body)).toContain('Viktig')
    expect(warn.mock.calls.filter((call: unknown[]) => String(call[0]).includes('fancyCallout'))).toHaveLength(1)
  })

  test('an unknown inline node shows its text inside the paragraph', () => {
    const html = render(doc(paragraph(text('Se '), element('mention', [text('@redaksjonen')]), text(' for mer.'))))
    expect(html).toMatch(/<p[^>]*>Se @redaksjonen for mer\.<\/p>/)
  })

  test('an html node never passes its HTML, and what text it has is escaped', () => {
    const html = render(
      doc(
        paragraph(text('Før')),
        { type: 'html', version: 1, html: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
        element('html', [text('<b>fet</b>')], { value: '<iframe src="https://evil.example"></iframe>' }),
        paragraph(text('Etter')),
      ),
    )
    expect(html).toContain('Før')
    expect(html).toContain('Etter')
    expect(html).not.toMatch(/<script|<img|<iframe|<b>|onerror/)
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;')
  })

  test('an unknown block is left out; the rest is shown', () => {
    const html = render(doc({ type: 'block', version: 2, fields: { blockType: 'embed', html: '<script>x</script>' } }, paragraph(text('Videre'))))
    expect(html).toContain('Videre')
    expect(html).not.toContain('script')
  })
})

describe('RichTextBody on values that are not Lexical documents', () => {
  test.each([
    ['a string of HTML', '<script>alert(1)</script>'],
    ['an unrelated object', { foo: 'bar' }],
    ['a list', [1, 2]],
    ['a root without children', { root: { type: 'root' } }],
  ])('%s renders nothing and does not throw', (_what, data) => {
    expect(render(data)).not.toMatch(/script|foo/)
    expect(() => tableOfContents(data as never)).not.toThrow()
  })

  test.each([
    ['children that are not a list', doc({ ...paragraph(), children: 'x' }, paragraph(text('Ok')))],
    ['a node that is not an object', doc('tekst', null, 7, paragraph(text('Ok')))],
    ['text that is not a string', doc(paragraph({ ...text(''), text: { a: 1 } }), paragraph(text('Ok')))],
    ['a link without settings', doc(paragraph(element('link', [text('Ok')])))],
    ['a heading whose children are not a list', doc(element('heading', 'x' as never, { tag: 'h2' }), paragraph(text('Ok')))],
  ])('%s: the rest is rendered, nothing throws', (_what, data) => {
    expect(render(data)).toContain('Ok')
    expect(() => tableOfContents(data as never)).not.toThrow()
  })

  test('a well-formed body still renders headings, lists and safe links as before', () => {
    const html = render(
      doc(
        element('heading', [text('Personvern')], { tag: 'h2' }),
        element('list', [element('listitem', [text('Samtykke')], { value: 1 })], { listType: 'bullet', tag: 'ul' }),
        paragraph(element('link', [text('Normen')], { fields: { linkType: 'custom', url: 'https://ehelse.no/normen' } })),
        paragraph(element('link', [text('Farlig')], { fields: { linkType: 'custom', url: 'javascript:alert(1)' } })),
      ),
    )
    expect(html).toMatch(/<h2[^>]*id="personvern"[^>]*>Personvern<\/h2>/)
    expect(html).toMatch(/<ul[^>]*>.*Samtykke.*<\/ul>/)
    expect(html).toContain('href="https://ehelse.no/normen"')
    expect(html).not.toContain('javascript:')
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('RichTextBody lists', () => {
  test('items of a bulleted list carry no value (HTML allows it only in <ol>); numbered items keep theirs', () => {
    const item = (t: string, value: number) => element('listitem', [text(t)], { value })
    const html = render(doc(element('list', [item('En', 1), item('To', 2)], { listType: 'bullet', tag: 'ul' }), element('list', [item('Tre', 1)], { listType: 'number', tag: 'ol' })))
    expect(html).toMatch(/<ul[^>]*><li[^>]*>En<\/li><li[^>]*>To<\/li><\/ul>/)
    expect(html).not.toMatch(/<ul[^>]*>(?:(?!<\/ul>).)*value=/)
    expect(html).toMatch(/<ol[^>]*><li[^>]*value="1"[^>]*>Tre<\/li><\/ol>/)
  })
})
