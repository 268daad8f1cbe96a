import { describe, expect, test } from '@jest/globals'

import { buildSearchDoc, searchTitle } from '../../../src/search/buildSearchDoc'

describe('searchTitle: the name a reader searches for', () => {
  test.each([
    ['vendors', { name: 'Pridok', title: undefined }, 'Pridok'],
    ['vendors', { name: '  PatientSky  ' }, 'PatientSky'],
    ['articles', { title: 'Video i helsetjenesten' }, 'Video i helsetjenesten'],
    ['research-links', { title: 'Rapport' }, 'Rapport'],
    ['tariffs', { code: '2ae', title: 'Videokonsultasjon' }, '2ae: Videokonsultasjon'],
    ['tariffs', { code: '2ae' }, '2ae'],
    ['articles', { title: { a: 1 } }, ''],
  ])('%s %j is found as %j', (collection, doc, expected) => expect(searchTitle(collection, doc)).toBe(expected))
})

test('buildSearchDoc copies title, slug, kind and a short excerpt', async () => {
  const built = await buildSearchDoc({
    collectionSlug: 'vendors',
    originalDoc: { name: 'Pridok', slug: 'pridok', shortDescription: 'x'.repeat(400) },
    payload: {} as never,
    req: {} as never,
    searchDoc: { doc: { relationTo: 'vendors', value: '1' }, title: '' },
  })
  expect(built).toEqual({ doc: { relationTo: 'vendors', value: '1' }, title: 'Pridok', slug: 'pridok', kind: 'vendors', excerpt: 'x'.repeat(300) })
})
