import crypto from 'node:crypto'

/** The longest a share link may live, and the shortest. */
export const MAX_LINK_DAYS = 30
export const MIN_LINK_DAYS = 1

const DAY_MS = 24 * 60 * 60 * 1000

/** The address a share link opens: the token in the path, nothing else. */
export const SHARE_PATH_PREFIX = '/delt/'

/** A new share link's token: 32 random bytes, base64url (43 characters). Never stored: only its hash is. */
export const newShareToken = (): string => crypto.randomBytes(32).toString('base64url')

/** What is stored and looked up: the token's SHA-256 as hex. */
export const hashShareToken = (token: string): string => crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** A token as newShareToken makes them; anything else is not looked up at all. */
export const isShareTokenShape = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

/** Whether a number of days is one a link may be made for: a whole number from 1 to 30. */
export const isLinkDays = (days: unknown): days is number =>
  typeof days === 'number' && Number.isInteger(days) && days >= MIN_LINK_DAYS && days <= MAX_LINK_DAYS

/** When a link made now for that many days expires. */
export const expiryAfter = (days: number, now = new Date()): string => new Date(now.getTime() + days * DAY_MS).toISOString()
