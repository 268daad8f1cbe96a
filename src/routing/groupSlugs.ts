import { LANGS, type Lang } from '../i18n/langs'
import { SLUG_PATTERN } from '../validation/rules'
import type { GroupSlugs } from './vendorFilterQuery'

/** How long proxy.ts trusts the slugs it read; an editor's new slug takes effect within this time. */
const FRESH_MS = 60_000
/** After a failed read, how long to wait before trying again (meanwhile no value is redirected). */
const RETRY_MS = 10_000

let known: { groups: GroupSlugs[]; until: number } | null = null
let pending: Promise<GroupSlugs[]> | null = null

/**
 * Every profession group's slug in each language, for proxy.ts, which runs before any page and cannot use
 * the content module's cached Local API reads. It asks this server's own public REST API (the same answer
 * any reader gets) over loopback, and keeps the result for a minute. A failure leaves the filter as it is.
 * It assumes this process serves on `PORT` (as `npm start` and `npm run dev` do), and keeps only values that
 * are well-formed slugs, whatever answers there.
 */
export async function groupSlugs(): Promise<GroupSlugs[]> {
  if (known && known.until > Date.now()) return known.groups
  pending ??= readGroupSlugs()
    .then((groups) => {
      known = { groups, until: Date.now() + FRESH_MS }
      return groups
    })
    .catch(() => {
      known = { groups: known?.groups ?? [], until: Date.now() + RETRY_MS }
      return known.groups
    })
    .finally(() => {
      pending = null
    })
  return pending
}

async function readGroupSlugs(): Promise<GroupSlugs[]> {
  const origin = `http://127.0.0.1:${process.env.PORT ?? 3000}`
  const res = await fetch(`${origin}/api/profession-categories?locale=all&depth=0&limit=100&select[slug]=true`, {
    signal: AbortSignal.timeout(2_000),
  })
  if (!res.ok) throw new Error(`profession groups: HTTP ${res.status}`)
  const { docs } = (await res.json()) as { docs: { slug?: Partial<Record<Lang, string | null>> | null }[] }
  return docs.flatMap((doc) => {
    const slug = (lang: Lang) => {
      const value = doc.slug?.[lang]
      return typeof value === 'string' && SLUG_PATTERN.test(value) ? value : null
    }
    const nb = slug('nb')
    if (!nb) return []
    return [Object.fromEntries(LANGS.map((l) => [l, slug(l) ?? nb])) as GroupSlugs]
  })
}
