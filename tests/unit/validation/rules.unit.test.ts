import {
  checkDateOrder,
  checkLinkHref,
  checkOrganisationNumber,
  checkSlug,
  checkWebUrl,
  isSafeHref,
  slugify,
} from '../../../src/validation/rules'

describe('slugify', () => {
  it.each([
    ['Slik kommer du i gang med videokonsultasjon', 'slik-kommer-du-i-gang-med-videokonsultasjon'],
    ['Fysio- og manuellterapeuter og logopeder', 'fysio-og-manuellterapeuter-og-logopeder'],
    ['Blåbærsyltetøy på Ærø', 'blabaersyltetoy-pa-aero'],
    ['ÆØÅ æøå', 'aeoa-aeoa'],
    ['Café Über São', 'cafe-uber-sao'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['%2e%2e%2f', '2e-2e-2f'],
  ])('%s -> %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(checkSlug(slug)).toBeNull()
  })
})

describe('checkSlug', () => {
  it.each(['../admin', 'a/b', 'a..b', '-lead', 'trail-', 'double--hyphen', 'UPPER', 'ærlig', 'pаypal' /* Cyrillic а */, 'a%2fb', 'a b'])(
    'rejects %s',
    (slug) => {
      expect(checkSlug(slug)?.nb).toMatch(/små bokstaver/)
    },
  )
  it('accepts a plain slug', () => expect(checkSlug('leger-og-psykologer-2')).toBeNull())
})

describe('checkWebUrl', () => {
  it.each(['https://www.helfo.no/korona', 'http://example.no', 'https://example.no:8443/a?b=c#d'])('accepts %s', (url) => {
    expect(checkWebUrl(url)).toBeNull()
  })
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.no',
    '//evil.example',
    'www.example.no',
    'https://exa\u200bmple.no',
    'mailto:a@b.no',
  ])('rejects %j', (url) => {
    expect(checkWebUrl(url)?.nb).toMatch(/https:\/\//)
  })
})

describe('checkLinkHref', () => {
  it.each(['https://a.no', 'mailto:post@nhn.no', 'tel:+4724200000', '/leverandorer', '/nn/takster?gruppe=leger'])('accepts %s', (href) => {
    expect(checkLinkHref(href)).toBeNull()
    expect(isSafeHref(href)).toBe(true)
  })
  it.each(['javascript:alert(1)', '//evil.example', '/\\evil.example', 'data:,x', 'VBSCRIPT:x', 'relative/path', '\u0001javascript:x'])(
    'rejects %j',
    (href) => {
      expect(checkLinkHref(href)).not.toBeNull()
      expect(isSafeHref(href)).toBe(false)
    },
  )
})

describe('checkOrganisationNumber', () => {
  it.each(['974760673', '983 544 622', '971526920'])('accepts %s', (n) => expect(checkOrganisationNumber(n)).toBeNull())
  it.each([
    ['974760674', /kontrollsifferet/],
    ['12345678', /ni siffer/],
    ['abcdefghi', /ni siffer/],
    ['1234567890', /ni siffer/],
  ])('rejects %s', (n, message) => expect(checkOrganisationNumber(n)?.nb).toMatch(message))

  it('rejects numbers whose check digit would be 10', () => {
    // 4 x weight 3 = 12, remainder 1, check digit 10: no last digit can make it valid
    for (let last = 0; last <= 9; last++) expect(checkOrganisationNumber(`40000000${last}`)).not.toBeNull()
  })
})

describe('checkDateOrder', () => {
  it('accepts an open end or an end on or after the start', () => {
    expect(checkDateOrder('2020-03-16', undefined)).toBeNull()
    expect(checkDateOrder('2020-03-16', '2020-03-16')).toBeNull()
    expect(checkDateOrder('2020-03-16', '2020-09-01')).toBeNull()
  })
  it('rejects an end before the start', () => {
    expect(checkDateOrder('2020-09-01', '2020-03-16')?.en).toMatch(/before/)
  })
})
