import { addressesOf } from '../../../src/withdrawal/addresses'
import { sitePathOf } from '../../../src/routing/sitePath'

describe('the addresses a document has in each language', () => {
  it('an article: its own slug per language, bokmål where a language has none', () => {
    expect(addressesOf('articles', { nb: 'video', nn: 'video-nn', en: null })).toEqual({ nb: '/artikler/video', nn: '/nn/artikler/video-nn', en: '/en/artikler/video' })
  })
  it('a vendor: one slug under each prefix', () => {
    expect(addressesOf('vendors', 'pridok')).toEqual({ nb: '/leverandorer/pridok', nn: '/nn/leverandorer/pridok', en: '/en/leverandorer/pridok' })
  })
  it('no address without a slug', () => {
    expect(addressesOf('articles', { nn: 'berre-nn' })).toBeNull()
    expect(addressesOf('vendors', '')).toBeNull()
  })
})

describe('a redirect target is a path of this site', () => {
  it.each(['/takster', '/nn/artikler/x', '/sok?q=video', '/leverandorer#liste'])('%s is kept', (path) => {
    expect(sitePathOf(path)).toBe(path)
  })
  it.each(['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', '/.//evil.example', '/%2e%2e//evil.example', '/%2Fevil.example', 'takster', '', '/admin', '/api/users', '/preview?path=/x', 42, null])(
    '%p is refused',
    (raw) => {
      expect(sitePathOf(raw)).toBeNull()
    },
  )
})
