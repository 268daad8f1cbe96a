import { describe, expect, test } from '@jest/globals'

import { fillFromBokmal, fillListFromBokmal } from '../../../src/content/fallback'

type Tariff = { id: number; code: string; title: string; description: string | null }

describe('fillFromBokmal: untranslated text comes from bokmål, and says so', () => {
  const nb: Tariff = { id: 1, code: '2ae', title: 'E-konsultasjon', description: 'Gjelder fastleger.' }

  test('an empty field is filled from bokmål and named in `fallback`', () => {
    const en: Tariff = { id: 1, code: '2ae', title: 'E-consultation', description: null }
    expect(fillFromBokmal(en, nb, ['title', 'description'])).toEqual({ ...en, description: 'Gjelder fastleger.', fallback: ['description'] })
  })

  test('an empty string counts as untranslated too', () => {
    const nn: Tariff = { id: 1, code: '2ae', title: '', description: 'Gjeld fastlegar.' }
    expect(fillFromBokmal(nn, nb, ['title', 'description'])).toEqual({ ...nn, title: 'E-konsultasjon', fallback: ['title'] })
  })

  test('a translated document has no `fallback`, and nothing is taken from bokmål', () => {
    const en: Tariff = { id: 1, code: '2ae', title: 'E-consultation', description: 'For GPs.' }
    expect(fillFromBokmal(en, nb, ['title', 'description'])).toEqual(en)
  })

  test('a field bokmål lacks as well stays empty and is not marked', () => {
    const en: Tariff = { id: 1, code: '2ae', title: 'E-consultation', description: null }
    expect(fillFromBokmal(en, { ...nb, description: null }, ['title', 'description'])).toEqual(en)
  })

  test('a rich-text body that was cleared (empty paragraphs only) counts as untranslated', () => {
    type Article = { id: number; body: unknown }
    const paragraph = (text?: string) => ({ type: 'paragraph', children: text === undefined ? [] : [{ type: 'text', text }] })
    const nbArticle: Article = { id: 1, body: { root: { type: 'root', children: [paragraph('Bokmålstekst.')] } } }
    const cleared: Article = { id: 1, body: { root: { type: 'root', children: [paragraph(), paragraph('  ')] } } }
    expect(fillFromBokmal(cleared, nbArticle, ['body'])).toEqual({ ...cleared, body: nbArticle.body, fallback: ['body'] })
    const withBlock: Article = { id: 1, body: { root: { type: 'root', children: [{ type: 'block', fields: { blockType: 'vendorList' } }] } } }
    expect(fillFromBokmal(withBlock, nbArticle, ['body'])).toEqual(withBlock)
  })

  test('lists are matched by id; on a bokmål page nothing is marked', () => {
    const own: Tariff[] = [
      { id: 2, code: 'A7a', title: '', description: null },
      { id: 1, code: '2ae', title: 'E-consultation', description: null },
    ]
    const nbList: Tariff[] = [nb, { id: 2, code: 'A7a', title: 'Logoped, 45 minutter', description: null }]
    expect(fillListFromBokmal('en', own, nbList, ['title', 'description'])).toEqual([
      { id: 2, code: 'A7a', title: 'Logoped, 45 minutter', description: null, fallback: ['title'] },
      { id: 1, code: '2ae', title: 'E-consultation', description: 'Gjelder fastleger.', fallback: ['description'] },
    ])
    expect(fillListFromBokmal('nb', [nb], [nb], ['title'])).toEqual([nb])
  })
})
