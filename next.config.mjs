import { withPayload } from '@payloadcms/next/withPayload'

const isDev = process.env.NODE_ENV === 'development'

// Paths the public site does not own: Payload's admin and API, and Next's own assets.
const NOT_SITE = '(?!(?:admin|api)(?:/|$))(?!_)'

/** Every path of the public site, including `/`. */
const SITE_PATHS = ['/', `/:path(${NOT_SITE}.+)`]

/** An optional language prefix (bokmål's /nb/ only redirects, but headers are matched before redirects). */
const LANG = '(?:(?:nb|nn|en)/)?'

/**
 * Addresses whose answer depends on a cookie or on a secret in the address, so a shared cache must never keep
 * one person's answer for the next: the registration form (a refused post's values, the registrant's address,
 * name and organisation, from its cookie) and its other addresses ("check your e-mail", the post), an
 * invitation's page (the invited address, by the token in the path), a share link, the preview's entry and
 * exit, and the subscription links (a token in the query). Each route already answers `private, no-store`,
 * but a Cache-Control from this file replaces a route's own, so the site's CDN header must not reach them.
 * /for-leverandorer itself is a page like the others.
 */
const PRIVATE_PATHS = [
  `/:path(${LANG}for-leverandorer/registrer(?:/.*)?)`,
  `/:path(${LANG}invitasjon/.+)`,
  `/:path(${LANG}abonner(?:/.*)?)`,
  '/:path(delt/.+)',
  '/:path(preview(?:/.*)?)',
]

/**
 * A Content-Security-Policy from the directives the site and the admin share, with `extra` (what only one of
 * them needs) before the rules on plugins, the base URL, forms and framing. Scripts: 'self' plus
 * 'unsafe-inline', no 'unsafe-eval' (dev alone needs eval for React's debugging, and a websocket for reloads).
 */
function policy(extra = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    ...extra,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The admin's live preview frames the site from the same origin; nobody else may frame either.
    "frame-ancestors 'self'",
  ].join('; ')
}

/**
 * Content-Security-Policy of the public pages.
 * Next inlines its flight data as <script> tags, and a nonce would have to differ per response, which forces
 * every page to render per request and defeats the cache the site is built on. So this is the policy of a
 * page with React's runtime, which only editors (a Payload session) and previews get. Readers get the page
 * without the runtime, and scripts/server.mjs drops 'unsafe-inline' from their policy
 * (src/server/public-pages.mjs): on a reader's page no inline script runs at all.
 */
const CSP = policy()

/**
 * Content-Security-Policy of Payload's admin. Its pages carry Next's inline flight data and inline styles, so
 * scripts and styles need 'unsafe-inline' (a nonce would have to be threaded through Payload's own
 * rendering). Framing: the admin may frame the site (live preview, same origin) and only the site's own
 * origin may frame the admin (clickjacking).
 */
const ADMIN_CSP = policy(["frame-src 'self'", "worker-src 'self' blob:"])

/**
 * The API answers data and stored files, never documents meant to run: nothing in an answer may load or run
 * (a file opened directly, e.g. an uploaded SVG, runs no script). Development keeps Payload's GraphQL
 * playground working.
 */
const API_CSP = isDev ? "frame-ancestors 'self'" : "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

const EVERYWHERE = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  // For browsers that do not know CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/**
 * What a CDN may do with a public page. Next's own header for an ISR page is `s-maxage=<revalidate>,
 * stale-while-revalidate=<a year>`, and `private, no-store` for the filtered directory and search. Tag
 * revalidation reaches Next's cache at once but can never reach a CDN, so a CDN keeps a page one minute and
 * may serve it stale for an hour while it fetches a fresh copy: a publish is on the CDN within about a
 * minute, and the origin sees one request per page per minute instead of one per visitor.
 */
const CDN_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=3600'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The production server (scripts/server.mjs) compresses, after it has finished public pages.
  compress: false,
  images: { unoptimized: true },
  experimental: {
    // app/global-not-found.tsx: a complete 404 document; why: see that file.
    globalNotFound: true,
    // Pages and reads cached at run time stay in Next's memory cache (an LRU of 50 MB) and are not written
    // under .next/: every made-up address a request names (an unknown vendor slug, a filter value) would
    // otherwise leave a file behind for good. After a restart they are rendered again from the database.
    isrFlushToDisk: false,
    // Server code keeps its class names. Payload (bundled into the server chunks) names every error by
    // `this.constructor.name`, and minified classes have none: each error our hooks and guards throw then
    // reached clients as "An unknown error occurred." instead of its message (tests/e2e/api-abuse.e2e.test.ts).
    turbopackMinify: { server: false },
  },
  turbopack: {
    // Designsystemet's custom-element runtime is not shipped to browsers; why: src/components/designsystemet-web-stub.ts
    resolveAlias: { '@digdir/designsystemet-web': { browser: './src/components/designsystemet-web-stub.ts' } },
  },
  async redirects() {
    // Bokmål has no prefix: /nb/... is the same page as /..., and one address is canonical.
    return [
      { source: '/nb', destination: '/', permanent: true },
      { source: '/nb/:path+', destination: '/:path+', permanent: true },
    ]
  },
  async rewrites() {
    return {
      // After the file system (public files, /sitemap.xml, /robots.txt) and before dynamic routes:
      // unprefixed addresses are the bokmål pages under app/(frontend)/[lang].
      afterFiles: [
        { source: '/', destination: '/nb' },
        // Share links (/delt/<token>) are a dynamic route of their own, not a bokmål page.
        { source: '/:path((?!(?:admin|api|_next|nn|en|nb|delt)(?:/|$))(?!_).+)', destination: '/nb/:path' },
      ],
    }
  },
  async headers() {
    return [
      { source: '/:path*', headers: EVERYWHERE },
      ...SITE_PATHS.map((source) => ({
        source,
        headers: [
          { key: 'Content-Security-Policy', value: CSP },
          { key: 'Cache-Control', value: isDev ? 'no-store' : CDN_CACHE },
        ],
      })),
      // After the site's rule (the last rule that sets a header wins): nothing a shared cache may keep.
      ...PRIVATE_PATHS.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: 'private, no-store' }] })),
      { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: ADMIN_CSP }] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
      // Someone with a Payload session gets nothing a shared cache may keep (listed last: it wins).
      ...SITE_PATHS.map((source) => ({
        source,
        has: [{ type: 'cookie', key: 'payload-token' }],
        headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
      })),
      // A preview (draft mode, from /preview or a share link /delt/<token>): nothing a shared cache may keep, never indexed.
      ...SITE_PATHS.map((source) => ({
        source,
        has: [{ type: 'cookie', key: '__prerender_bypass' }],
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      })),
    ]
  },
}

/**
 * withPayload adds client-hint headers for the admin's colour theme to every path. On the public site,
 * `Critical-CH` makes the browser fetch every first page twice (it retries the navigation to send the hint,
 * a full round trip on a phone) and `Vary: Sec-CH-Prefers-Color-Scheme` splits shared caches; the site has
 * one colour scheme. So those headers are kept to the admin.
 */
function clientHintsOnlyForAdmin(config) {
  const headers = config.headers
  return {
    ...config,
    async headers() {
      const rules = await headers()
      return rules.map((rule) =>
        rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
      )
    },
  }
}

export default clientHintsOnlyForAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
