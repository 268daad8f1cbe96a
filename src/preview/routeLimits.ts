import { createRateLimit, type Limit } from '../security/rateLimit'

/** /preview answers one address this often a minute: an editor clicking through drafts never gets near it. */
export const PREVIEW_LIMIT: Limit = { max: 60, windowMs: 60 * 1000 }

/** /delt/<token> answers one address this often a minute (each request reads the store up to three times). */
export const SHARE_LINK_LIMIT: Limit = { max: 30, windowMs: 60 * 1000 }

/** The limiters themselves, one per route, kept for the life of the app process. */
export const previewLimit = createRateLimit(PREVIEW_LIMIT)
export const shareLinkLimit = createRateLimit(SHARE_LINK_LIMIT)
