// Everything the production server's finisher (src/server/public-pages.mjs, strip-runtime.mjs) assumes about
// what Next 16 sends, in one place. None of it is public API: a Next upgrade may change any entry, so each one
// is checked against a real `next build` and a real server in tests/e2e/next-internals.e2e.test.ts. When that
// test fails after an upgrade, change the entry here, not in the finisher.
//
// What the finisher does when an entry no longer holds: a script it no longer recognises stays in the page
// (tests/e2e/bundle.e2e.test.ts then fails: readers get JavaScript), and an inline one also keeps the CSP's
// 'unsafe-inline' (never a page whose scripts the CSP blocks).

/** Where Next serves its own files: a `<script src>` or a script preload under it is Next's runtime. */
export const NEXT_ASSETS = '/_next/'

/**
 * How an inline script of the runtime begins (after leading whitespace and an opening parenthesis):
 * React's flight data, `(self.__next_f=self.__next_f||[]).push([0])` and `self.__next_f.push([1,"..."])`, and
 * Turbopack's list of chunks to load, `(globalThis["TURBOPACK"] || ...).push({"otherChunks":[...]})`.
 */
export const RUNTIME_INLINE_STARTS = ['self.__next_f', 'globalThis["TURBOPACK"]']

/** Next's hint for its own scripts: `<link rel="preload" as="script" href="/_next/...">`. */
export const SCRIPT_HINT = { rel: 'preload', as: 'script' }

/**
 * The `id` of the `<html>` of Next's error shell: what Next sends for a page's own notFound(), a document
 * that only the runtime fills in (vercel/next.js#95613). Recognised by the first 200 characters.
 */
export const ERROR_SHELL = /^\s*<!DOCTYPE html>\s*<html id="__next_error__"/i

/**
 * Where `next build` writes the site's complete 404 document (prerendered from app/global-not-found.tsx),
 * relative to the project.
 */
export const PRERENDERED_NOT_FOUND = '.next/server/app/_not-found.html'

/**
 * The header Next sets on a page from its cache: HIT or MISS (rendered now and kept) means the same bytes
 * until a tag or the revalidate time expires it; STALE (served once more while it renders again) and no
 * header at all (a dynamic page) do not.
 */
export const CACHE_HEADER = 'x-nextjs-cache'
export const FROM_CACHE = ['HIT', 'MISS']

/**
 * Next sets a strong ETag on a page it sends whole and answers If-None-Match itself (304), ignoring `W/`:
 * the finisher only translates its own validator back to Next's before Next compares.
 */
export const ETAG = /^"[^"]+"$/

/**
 * Headers of Next's client router (RSC requests and prefetches; Next's `Vary` names them): the response is
 * flight data, not a page, and is never answered from the reader page cache.
 */
export const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch']

/** Next's draft-mode cookie: a request carrying it gets drafts, rendered for it alone, with the runtime. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * The CSP source that lets the runtime's inline scripts run. Next 16 adds no nonce to the headers that
 * next.config.mjs sets, so the site's policy allows `'unsafe-inline'` for scripts, and a finished page,
 * with no inline script left, drops it again. First group: `script-src` up to that source.
 */
export const INLINE_SCRIPTS_IN_CSP = /(script-src[^;]*?)\s+'unsafe-inline'/
