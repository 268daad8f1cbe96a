// Rendering checks without a browser: what the rich-text renderer does with hostile links. (The editor
// refuses such links when saved; the renderer refuses them again, because the JSX converter does not.)
import { describe, expect, test } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { RichTextData } from '../../src/content/types'
import { RichTextBody } from '../../src/components/richtext/RichTextBody'
import type { RenderContext } from '../../src/components/richtext/context'
import { dictionary } from '../../src/i18n/dictionary'

const ctx = (lang: 'nb' | 'nn' | 'en' = 'nb'): RenderContext => ({
  lang,
  t: dictionary(lang),
  today: '2026-11-25',
  blocks: { categories: [], vendors: [], tariffs: [], research: [] },
  articles: [{ id: 7, slug: 'normen-og-videokonsultasjon', isGuide: false }],
})

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1, detail: 0, mode: 'normal', style: '' })
const link = (fields: Record<string, unknown>, label: string) => ({ type: 'link', version: 3, fields, children: [text(label)] })
const doc = (...children: unknown[]): RichTextData =>
  ({
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children }],
    },
  }) as unknown as RichTextData

/** The body rendered to HTML, as the server sends it. */
const render = (data: RichTextData, lang: 'nb' | 'nn' | 'en' = 'nb') => renderToStaticMarkup(createElement(RichTextBody, { data, ctx: ctx(lang) }))

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example',
]

describe('rich-text links', () => {
  test.each(HOSTILE)('%j renders as plain text, never as an href', (url) => {
    const html = render(doc(link({ linkType: 'custom', url }, 'klikk')))
    expect(html).toContain('klikk')
    expect(html).not.toContain('href')
  })

  test('safe links render; site paths get the language prefix; internal links use the article slug', () => {
    const html = render(
      doc(
        link({ linkType: 'custom', url: 'https://www.ehelse.no/normen' }, 'ekstern'),
        link({ linkType: 'custom', url: '/leverandorer' }, 'intern'),
        link({ linkType: 'internal', doc: { relationTo: 'articles', value: 7 } }, 'artikkel'),
        link({ linkType: 'internal', doc: { relationTo: 'articles', value: 99 } }, 'upublisert'),
      ),
      'nn',
    )
    expect(html).toContain('href="https://www.ehelse.no/normen"')
    expect(html).toContain('href="/nn/leverandorer"')
    expect(html).toContain('href="/nn/artikler/normen-og-videokonsultasjon"')
    expect(html).toContain('upublisert')
    expect(html.match(/href=/g)).toHaveLength(3)
  })

  test('text with markup is escaped', () => {
    const html = render(doc(text('<img src=x onerror=alert(1)><script>alert(1)</script>')))
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;')
  })
})
