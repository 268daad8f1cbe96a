import { hashSecretToken, isSecretTokenShape, newSecretToken } from '../security/secretToken'

/** The longest a share link may live, and the shortest. */
export const MAX_LINK_DAYS = 30
export const MIN_LINK_DAYS = 1

const DAY_MS = 24 * 60 * 60 * 1000

/** The address a share link opens: the token in the path, nothing else. */
export const SHARE_PATH_PREFIX = '/delt/'

/** A share link's token, its stored hash and its shape: the one secret-link scheme (src/security/secretToken.ts). */
export const newShareToken = newSecretToken
export const hashShareToken = hashSecretToken
export const isShareTokenShape = isSecretTokenShape

/** Whether a number of days is one a link may be made for: a whole number from 1 to 30. */
export const isLinkDays = (days: unknown): days is number =>
  typeof days === 'number' && Number.isInteger(days) && days >= MIN_LINK_DAYS && days <= MAX_LINK_DAYS

/** When a link made now for that many days expires. */
export const expiryAfter = (days: number, now = new Date()): string => new Date(now.getTime() + days * DAY_MS).toISOString()
