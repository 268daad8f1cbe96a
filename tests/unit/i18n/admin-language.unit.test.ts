import { NextRequest } from 'next/server'

import { adminAcceptLanguage, withAdminLanguage } from '../../../src/i18n/adminLanguage'
import { config, proxy } from '../../../proxy'

const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, 'http://localhost:3000'), { headers })

describe('the admin’s language', () => {
  it('is bokmål for an English browser that has not chosen a language', () => {
    expect(adminAcceptLanguage('/admin', undefined)).toBe('nb')
    expect(adminAcceptLanguage('/admin/login', undefined)).toBe('nb')
    expect(adminAcceptLanguage('/admin/collections/articles', 'de')).toBe('nb')
  })

  it('follows the language the user chose on the account page', () => {
    expect(adminAcceptLanguage('/admin', 'en')).toBeNull()
    expect(adminAcceptLanguage('/admin/account', 'nb')).toBeNull()
  })

  it('leaves the site and the API alone', () => {
    expect(adminAcceptLanguage('/', undefined)).toBeNull()
    expect(adminAcceptLanguage('/en/leverandorer', undefined)).toBeNull()
    expect(adminAcceptLanguage('/api/users/login', undefined)).toBeNull()
    expect(adminAcceptLanguage('/administrasjon', undefined)).toBeNull()
  })

  it('replaces Accept-Language on the request Next hands to the admin', () => {
    const response = withAdminLanguage(request('/admin/login', { 'Accept-Language': 'en-US,en;q=0.9' }))
    expect(response?.headers.get('x-middleware-request-accept-language')).toBe('nb')
    const chosen = withAdminLanguage(request('/admin/login', { 'Accept-Language': 'en-US', Cookie: 'payload-lng=en' }))
    expect(chosen).not.toBeNull()
    expect(chosen?.headers.get('x-middleware-request-accept-language')).toBeNull()
    expect(withAdminLanguage(request('/leverandorer'))).toBeNull()
  })

  it('is applied by proxy.ts to every admin path', async () => {
    const response = await proxy(request('/admin/collections/articles', { 'Accept-Language': 'en-US' }))
    expect(response.headers.get('x-middleware-request-accept-language')).toBe('nb')
    expect(config.matcher).toEqual(expect.arrayContaining(['/admin', '/admin/:path*']))
  })
})
