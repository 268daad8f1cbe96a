import crypto from 'node:crypto'

/**
 * A link's secret: 32 random bytes, base64url (43 characters). Used where the link itself is the key (a share
 * link, an invitation); only its hash is ever stored, so a copy of the database opens nothing.
 */
export const newSecretToken = (): string => crypto.randomBytes(32).toString('base64url')

/** What is stored and looked up: the token's SHA-256 as hex. */
export const hashSecretToken = (token: string): string => crypto.createHash('sha256').update(token, 'utf8').digest('hex')

/** A token as newSecretToken makes them; anything else is not looked up at all. */
export const isSecretTokenShape = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
