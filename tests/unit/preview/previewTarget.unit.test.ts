import { previewTarget } from '../../../app/(frontend)/_lib/previewTarget'

describe('where /preview may send the browser', () => {
  it.each([
    ['/', '/'],
    ['/artikler/normen-og-videokonsultasjon', '/artikler/normen-og-videokonsultasjon'],
    ['/en/leverandorer?type=standalone#liste', '/en/leverandorer?type=standalone#liste'],
    ['/nn/takster/../forskning', '/nn/forskning'],
  ])('keeps a path of this site: %s', (raw, expected) => {
    expect(previewTarget(raw)).toBe(expected)
  })

  it.each([
    ['another host, protocol-relative', '//evil.example'],
    ['another host, protocol-relative with a path', '//evil.example/artikler'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['backslashes only', '\\\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['an absolute URL of this scheme', 'http://localhost:3000/'],
    ['a script URL', 'javascript:alert(1)'],
    ['no leading slash', 'evil.example'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a newline that browsers drop', '/\n/evil.example'],
    ['the admin', '/admin'],
    ['the API', '/api/users'],
    ['the preview itself', '/preview?path=/'],
    ['nothing', ''],
    ['a very long path', `/${'a'.repeat(2001)}`],
    // Parsing collapses dot segments: each of these would come back as `//evil.example` (or `/\evil`).
    ['a dot segment before a second slash', '/.//evil.example'],
    ['a dot-dot segment before a second slash', '/x/..//evil.example'],
    ['an encoded dot-dot segment before a second slash', '/%2e%2e//evil.example'],
    ['an encoded dot-dot segment in capitals', '/%2E%2E//evil.example'],
    ['an encoded dot segment before a second slash', '/%2e//evil.example'],
    ['a dot-dot segment at the root', '/..//evil.example'],
    ['a dot segment before a backslash', '/./\\evil'],
    ['an encoded backslash', '/%5c/evil.example'],
    ['an encoded backslash in capitals', '/%5C%5Cevil.example'],
    ['an encoded slash', '/%2F/evil.example'],
    ['an encoded slash in lower case', '/%2f%2fevil.example'],
    ['a dot-dot segment into the admin', '/x/../admin'],
  ])('refuses %s', (_what, raw) => {
    expect(previewTarget(raw)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(previewTarget(null)).toBeNull()
    expect(previewTarget(['/'])).toBeNull()
  })
})
