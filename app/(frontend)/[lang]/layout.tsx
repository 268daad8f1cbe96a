import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import '../layers.css'
import '../designsystemet.css'
import '@digdir/designsystemet-theme/digdir.css'
import '../site.css'

import { fallbackLang } from '@/components/common/fallbackLang'
import { footerLinks, mainMenu } from '@/components/layout/menus'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBanner } from '@/components/preview/PreviewBanner'
import { getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { DEFAULT_LANG, isLang } from '@/i18n/langs'
import { previewBannerState, previewRobots } from '../_lib/preview'
import { siteOrigin } from '../_lib/seo'
import { viewerFromRequest } from '../_lib/viewer'

// Pages render on their first request and are then served from Next's cache until a tag they read is
// revalidated (or an hour passes). Nothing is rendered at build time, so the build needs no database.
export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { children: ReactNode; params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: raw } = await params
  const lang = isLang(raw) ? raw : DEFAULT_LANG
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  const siteName = frame.siteName ?? dictionary(lang).site.name
  return {
    metadataBase: new URL(siteOrigin()),
    title: { template: `%s – ${siteName}`, default: siteName },
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName },
    ...(await previewRobots()),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' }

export default async function FrontendLayout({ children, params }: Props) {
  const { lang: raw } = await params
  const lang = isLang(raw) ? raw : DEFAULT_LANG
  const t = dictionary(lang)
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  return (
    <html lang={lang} data-color-scheme="light">
      <body>
        <PreviewBanner lang={lang} t={t} state={await previewBannerState()} />
        <SiteHeader
          lang={lang}
          t={t}
          siteName={frame.siteName ?? t.site.name}
          siteNameLang={fallbackLang(frame, 'siteName').lang}
          menu={mainMenu(lang, t, frame)}
          slugs={frame.slugs}
        />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter t={t} text={frame.footerText ?? t.site.footerText} textLang={fallbackLang(frame, 'footerText').lang} links={footerLinks(lang, t, frame)} />
      </body>
    </html>
  )
}
