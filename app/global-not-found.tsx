import type { Metadata, Viewport } from 'next'

import './(frontend)/layers.css'
import './(frontend)/designsystemet.css'
import '@digdir/designsystemet-theme/digdir.css'
import './(frontend)/site.css'

import { SkipLink } from '@/components/ds'
import { SiteName } from '@/components/layout/SiteName'
import { NotFoundSections } from '@/components/notfound/NotFoundSection'
import { dictionary } from '@/i18n/dictionary'
import { DEFAULT_LANG } from '@/i18n/langs'

// The 404 of the whole site, for any address no page answers (a page's own notFound() shows the same sections
// through app/(frontend)/[lang]/not-found.tsx). Why a global one: the site and the admin are two root layouts,
// and with no app-level layout Next sends a not-found page as an empty document that only JavaScript fills
// in. This document is complete HTML, prerendered at build time (so it needs no database), status 404 (Next
// adds noindex).
// It speaks all three languages (why: NotFoundSections), each with a search form and the main pages.

const t = dictionary(DEFAULT_LANG)

export const metadata: Metadata = {
  title: `${t.notFound.title} – ${t.site.name}`,
  icons: { icon: '/favicon.svg' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' }

export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LANG} data-color-scheme="light">
      <body>
        <header className="site-header">
          <SkipLink href="#main">{t.site.skipToContent}</SkipLink>
          <div className="site-header__bar site-width">
            <SiteName href="/" name={t.site.name} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="site-main">
          <NotFoundSections />
        </main>
      </body>
    </html>
  )
}
