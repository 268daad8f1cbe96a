import { reconfirmMonthsOf } from '../vendors/confirmation'
import { cachedForPublic } from './cached'
import { payloadClient, readAs } from './payload'
import type { Viewer } from './viewer'

/**
 * The site setting `reconfirmMonths` (how long a vendor's attestations stand) as the public reads it, for the
 * "For leverandører" page; cached under `site-settings`, so a changed period shows at once.
 */
export const getReconfirmMonths = cachedForPublic('reconfirm-months', ['site-settings'], async (viewer: Viewer): Promise<number> => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'site-settings', ...readAs(viewer), depth: 0, select: { reconfirmMonths: true } })
  return reconfirmMonthsOf((settings as { reconfirmMonths?: unknown }).reconfirmMonths)
})
