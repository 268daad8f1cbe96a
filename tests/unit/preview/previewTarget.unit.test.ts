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
  ])('refuses %s', (_what, raw) => {
    expect(previewTarget(raw)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(previewTarget(null)).toBeNull()
    expect(previewTarget(['/'])).toBeNull()
  })
})
