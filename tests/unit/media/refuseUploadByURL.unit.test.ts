import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { refuseUploadByURL } from '../../../collections/media/hooks/refuseUploadByURL'

/** The hook alone, with the collection's upload settings it reads; the int tests drive it through the API. */
function run(pasteURL: unknown, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const collection = { slug: 'media', upload: { pasteURL } } as unknown as SanitizedCollectionConfig
  const req = { data, i18n: { language: 'nb' } } as unknown as PayloadRequest
  const args = { data, ...extra }
  return () => refuseUploadByURL({ args, collection, operation: 'create', req, context: {} } as never)
}

describe('upload by URL', () => {
  it('is refused when the collection has no allowlist', () => {
    expect(run(false, { url: 'https://bilder.example.no/a.png', filename: 'a.png' })).toThrow(/nettadresse \(URL\) er slått av/)
  })

  it('is let through to Payload for a host on the allowlist', () => {
    const allowList = [{ hostname: 'bilder.example.no', protocol: 'https' }]
    expect(run({ allowList }, { url: 'https://bilder.example.no/a.png', filename: 'a.png' })).not.toThrow()
  })

  it.each([
    ['another host', 'https://evil.example/a.png'],
    ['the same host over http when https is required', 'http://bilder.example.no/a.png'],
    ['a look-alike host', 'https://bilder.example.no.evil.example/a.png'],
    ['the metadata address', 'http://169.254.169.254/latest/meta-data/'],
  ])('is refused for %s even with an allowlist', (_what, url) => {
    const allowList = [{ hostname: 'bilder.example.no', protocol: 'https' }]
    expect(run({ allowList }, { url, filename: 'a.png' })).toThrow(/nettadresse/)
  })

  it('leaves duplicating a stored file and trusted system code alone', () => {
    expect(run(false, {}, { duplicateFromID: 7 })).not.toThrow()
    expect(run(false, { url: 'http://127.0.0.1/x.png', filename: 'x.png' }, { overrideAccess: true })).not.toThrow()
  })
})
