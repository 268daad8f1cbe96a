import { describe, expect, test } from '@jest/globals'

import { cutExcerpt } from '../../../src/components/search/excerpt'

describe('cutExcerpt: search excerpts end at a word, with an ellipsis', () => {
  test('a text that fits is kept whole, without an ellipsis', () => {
    expect(cutExcerpt('Kort tekst om video.', 40)).toBe('Kort tekst om video.')
    expect(cutExcerpt('Akkurat ti', 10)).toBe('Akkurat ti')
  })

  test('a longer text is cut at the last space that fits and gets "…"', () => {
    // "videokonsultasjon" does not fit in 20 characters: the cut falls before it, not inside it.
    expect(cutExcerpt('Slik bruker du videokonsultasjon i praksis', 20)).toBe('Slik bruker du…')
    expect(cutExcerpt('Slik bruker du videokonsultasjon i praksis', 32)).toBe('Slik bruker du videokonsultasjon…')
  })

  test('a word that ends exactly at the limit is kept whole', () => {
    expect(cutExcerpt('Helsenorge og video for alle', 10)).toBe('Helsenorge…')
  })

  test('no comma, dash or space is left before the ellipsis', () => {
    expect(cutExcerpt('Leger, psykologer og fysioterapeuter', 8)).toBe('Leger…')
    expect(cutExcerpt('Video – også for kommuner', 7)).toBe('Video…')
  })

  test('runs of whitespace and line breaks count as one space', () => {
    expect(cutExcerpt('Én\n\nto   tre fire', 10)).toBe('Én to tre…')
  })

  test('one word longer than the limit is cut, and the ellipsis shows it', () => {
    expect(cutExcerpt('Spesialisthelsetjenesten', 10)).toBe('Spesialist…')
  })

  test('the default limit leaves a 300-character index excerpt at most 201 characters, ending in "…"', () => {
    const stored = 'ord '.repeat(100).slice(0, 300)
    const shown = cutExcerpt(stored)
    expect(shown.length).toBeLessThanOrEqual(201)
    expect(shown.endsWith('ord…')).toBe(true)
  })
})
