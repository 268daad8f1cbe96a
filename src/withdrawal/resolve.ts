import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { localePath, splitLang } from '../i18n/paths'
import { sitePathOf } from '../routing/sitePath'
import { isWithdrawable, publishedAddressIn } from './addresses'
import { REDIRECTS, WITHDRAWALS } from './slugs'

type Id = number | string

/** What an address of an article or vendor page answers besides the page itself. */
export type Resolution = { kind: 'none' } | { kind: 'gone'; withdrawal: Id } | { kind: 'redirect'; location: string; status: 301 | 308 }

const NONE: Resolution = { kind: 'none' }
const SYSTEM = { overrideAccess: true, depth: 0, limit: 1, pagination: false } as const

type RedirectDoc = { to?: { type?: string; url?: string | null; reference?: { relationTo?: string; value?: unknown } | null } | null; type?: string | null }

/** A path with a language prefix of its own (`/nn/...`, `/en/...`, `/nb/...`). */
const HAS_LANG = /^\/(?:nb|nn|en)(?:[/?#]|$)/

async function locationOf(req: PayloadRequest, path: string, redirect: RedirectDoc): Promise<string | null> {
  const to = redirect.to
  if (to?.type === 'custom') {
    // A path typed without a language is that page in the language of the address asked for.
    const target = sitePathOf(to.url)
    return target && !HAS_LANG.test(target) ? localePath(splitLang(path).lang, target) : target
  }
  const relationTo = to?.reference?.relationTo
  const value = to?.reference?.value
  const id = value && typeof value === 'object' ? (value as { id?: Id }).id : (value as Id | undefined)
  if (!isWithdrawable(relationTo) || id === undefined) return null
  // The target's address in the language of the address asked for, as it is now.
  return publishedAddressIn(req, relationTo, id, splitLang(path).lang)
}

/**
 * What `path` answers: a redirect stored for it (its target followed to where it is now; a target that is
 * not published, or that is this very address, is no redirect), else the withdrawal whose address it was
 * (410), else nothing. A system read: the redirects are staff's to read, but where an address leads is public.
 */
export async function resolveAddress(req: PayloadRequest, path: string): Promise<Resolution> {
  const { docs: redirects } = await req.payload.find({ collection: REDIRECTS as CollectionSlug, where: { from: { equals: path } }, req, ...SYSTEM })
  const redirect = redirects[0] as RedirectDoc | undefined
  if (redirect) {
    const location = await locationOf(req, path, redirect)
    if (location && location !== path) return { kind: 'redirect', location, status: redirect.type === '308' ? 308 : 301 }
  }
  const { docs: withdrawals } = await req.payload.find({
    collection: WITHDRAWALS as CollectionSlug,
    where: { and: [{ 'addresses.path': { equals: path } }, { mode: { equals: 'gone' } }] },
    sort: '-createdAt',
    req,
    ...SYSTEM,
  })
  const withdrawal = withdrawals[0]
  return withdrawal ? { kind: 'gone', withdrawal: withdrawal.id } : NONE
}

export const RESOLVE_PATH = '/withdrawal/resolve'

/**
 * GET /api/withdrawal/resolve?path=/nn/artikler/x -> a `Resolution`, for proxy.ts, which runs before any page
 * and asks over loopback as groupSlugs does. Public: it tells only what the address itself would answer.
 */
export const resolveEndpoint: Endpoint = {
  path: RESOLVE_PATH,
  method: 'get',
  handler: async (req) => {
    const raw = new URL(req.url ?? '/', 'http://site.invalid').searchParams.get('path')
    const path = sitePathOf(raw)
    const answer = path && path === raw ? await resolveAddress(req, path) : NONE
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } })
  },
}
