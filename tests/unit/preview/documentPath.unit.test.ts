import { LIVE_PREVIEW_BREAKPOINTS, adminLivePreview, adminPreview } from '../../../src/preview/adminPreview'
import { documentPathOf, previewURLOf } from '../../../src/preview/documentPath'
import { previewRequestHeaders, PREVIEW_PATH_HEADER } from '../../../src/routing/previewPath'

describe("a document's real address, for the Preview button and live preview", () => {
  it.each([
    ['articles', { id: 4, slug: 'kom-i-gang' }, 'nb', '/artikler/kom-i-gang'],
    ['articles', { id: 4, slug: 'kom-i-gang' }, 'nn', '/nn/artikler/kom-i-gang'],
    ['articles', { id: 4, slug: 'get-started' }, 'en', '/en/artikler/get-started'],
    ['vendors', { id: 9, slug: 'video-as' }, 'nb', '/leverandorer/video-as'],
    ['vendors', { id: 9, slug: 'video-as' }, 'en', '/en/leverandorer/video-as'],
    ['tariffs', { id: 12 }, 'nb', '/takster#takst-12'],
    ['tariffs', { id: 12 }, 'nn', '/nn/takster#takst-12'],
    ['research-links', { id: 3 }, 'nb', '/forskning#forskning-3'],
    ['research-links', { id: 3 }, 'xx', '/forskning#forskning-3'],
  ] as const)('%s %j in %s is at %s', (collection, doc, locale, path) => {
    expect(documentPathOf(collection, doc, locale)).toBe(path)
  })

  it('a document without an address yet gets no button', () => {
    expect(documentPathOf('articles', { id: 4, slug: '' }, 'nb')).toBeNull()
    expect(documentPathOf('vendors', { id: 9 }, 'nb')).toBeNull()
    expect(documentPathOf('tariffs', {}, 'nb')).toBeNull()
    expect(adminPreview('articles').preview!({ id: 4 }, { locale: 'nb', req: {} as never, token: null })).toBeNull()
  })

  it('the button and the frame go through /preview with the address as its only parameter (no secret)', () => {
    expect(previewURLOf('/takster#takst-12')).toBe('/preview?path=%2Ftakster%23takst-12')
    expect(adminPreview('vendors').preview!({ id: 9, slug: 'video-as' }, { locale: 'nb', req: {} as never, token: 'a-token' })).toBe('/preview?path=%2Fleverandorer%2Fvideo-as')
    const live = adminLivePreview('articles').livePreview!
    expect(typeof live.url === 'function' && live.url({ data: { id: 4, slug: 'kom-i-gang' }, locale: { code: 'nn' } } as never)).toBe('/preview?path=%2Fnn%2Fartikler%2Fkom-i-gang')
  })

  it('live preview offers a phone (375), a tablet (768) and a desktop (1280)', () => {
    expect(LIVE_PREVIEW_BREAKPOINTS.map((b) => [b.name, b.width])).toEqual([
      ['phone', 375],
      ['tablet', 768],
      ['desktop', 1280],
    ])
    expect(adminLivePreview('vendors').livePreview!.breakpoints).toBe(LIVE_PREVIEW_BREAKPOINTS)
  })
})

describe('the page address proxy.ts hands a page in draft mode', () => {
  const url = new URL('http://localhost:3000/artikler/kom-i-gang?x=1')

  it('only with the draft-mode cookie, and replacing whatever the client sent', () => {
    const sent = new Headers({ [PREVIEW_PATH_HEADER]: '//evil.example', accept: 'text/html' })
    expect(previewRequestHeaders(sent, ['payload-token'], url)).toBeNull()
    const forwarded = previewRequestHeaders(sent, ['__prerender_bypass'], url)!
    expect(forwarded.get(PREVIEW_PATH_HEADER)).toBe('/artikler/kom-i-gang?x=1')
    expect(forwarded.get('accept')).toBe('text/html')
  })
})
