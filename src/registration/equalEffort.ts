import crypto from 'node:crypto'

/**
 * Payload's password hash (node_modules/payload/dist/auth/strategies/local/generatePasswordSaltHash.js, which
 * the package does not export): PBKDF2-SHA256, 600 000 iterations, 32 bytes, a 32-byte random salt.
 */
const ITERATIONS = 600_000
const KEY_LENGTH = 32

/**
 * Hashes the password the way Payload hashes a new account's and throws the result away: a registration for an
 * address that already has an account then costs what a new account costs, so the answer's time does not tell
 * whether the address has one.
 */
export async function hashLikeANewAccount(password: string): Promise<void> {
  const salt = crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve, reject) =>
    crypto.pbkdf2(password, salt, ITERATIONS, KEY_LENGTH, 'sha256', (error) => (error ? reject(error) : resolve())),
  )
}
