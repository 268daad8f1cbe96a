// Plain ESM so that the start scripts (plain Node) and payload.config.ts share one reading of the environment.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class ConfigError extends Error {
  name = 'ConfigError'
}

export const DEFAULT_SQLITE_URI = 'file:./data/guide.db'
const ACCEPTED = 'DATABASE_URI must be unset, file:<path> (embedded SQLite), mongodb://... or mongodb+srv://... (MongoDB)'

/**
 * Decides the database from DATABASE_URI.
 * @param {string | undefined} raw
 * @returns {{ kind: 'sqlite' | 'mongodb', uri: string, host?: string }}
 */
export function resolveDatabase(raw) {
  const uri = (raw ?? '').trim()
  if (uri === '') return { kind: 'sqlite', uri: DEFAULT_SQLITE_URI }
  if (uri.startsWith('file:')) {
    if (uri.length === 'file:'.length) throw new ConfigError(`DATABASE_URI "file:" names no file. ${ACCEPTED}.`)
    return { kind: 'sqlite', uri }
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    const afterScheme = uri.slice(uri.indexOf('//') + 2)
    const authority = afterScheme.split(/[/?]/)[0] ?? ''
    const host = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority
    if (!host) throw new ConfigError(`DATABASE_URI "${redact(uri)}" names no host. ${ACCEPTED}.`)
    return { kind: 'mongodb', uri, host }
  }
  throw new ConfigError(`DATABASE_URI "${redact(uri)}" is not accepted. ${ACCEPTED}.`)
}

/** Hides a password in a URI before it is printed. */
function redact(uri) {
  return uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}

const SECRET_FILE = '.payload-secret'

/** What Next sets while `next build` runs (its PHASE_PRODUCTION_BUILD). */
const BUILD_PHASE = 'phase-production-build'

/**
 * Returns Payload's secret: PAYLOAD_SECRET, required when the production server runs; in development a
 * generated secret kept in a git-ignored file, with one warning line the first time it is created.
 * `next build` loads the config too (NODE_ENV=production) but signs nothing a server later trusts, so a
 * build without PAYLOAD_SECRET gets a random secret that lives only as long as the build: the runtime
 * secret is needed by `npm start` alone, and is never baked into the build.
 * @param {{ env?: Record<string, string | undefined>, cwd?: string, warn?: (line: string) => void }} [options]
 */
export function resolveSecret({ env = process.env, cwd = process.cwd(), warn = (l) => console.warn(l) } = {}) {
  const given = (env.PAYLOAD_SECRET ?? '').trim()
  if (given) {
    if (env.NODE_ENV === 'production' && given.length < 32) {
      throw new ConfigError('PAYLOAD_SECRET is shorter than 32 characters; use a long random value in production.')
    }
    return given
  }
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE === BUILD_PHASE) return crypto.randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('PAYLOAD_SECRET is required when NODE_ENV=production (generate one with: openssl rand -hex 32).')
  }
  if (env.NODE_ENV === 'test') return 'test-secret-not-for-production-0123456789'
  const file = path.join(cwd, SECRET_FILE)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 })
  warn(`[videoveileder] PAYLOAD_SECRET is not set: generated a development secret in ${SECRET_FILE} (never use it in production).`)
  return secret
}

/**
 * The public origin and the origins trusted for CORS and CSRF.
 * @param {Record<string, string | undefined>} [env]
 */
export function resolveOrigins(env = process.env) {
  const raw = (env.SERVER_URL ?? '').trim() || 'http://localhost:3000'
  let serverURL
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme')
    serverURL = url.origin
  } catch {
    throw new ConfigError(`SERVER_URL "${raw}" is not an http(s) origin such as https://videoveileder.example.no.`)
  }
  const extra = (env.EXTRA_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      try {
        return new URL(s).origin
      } catch {
        throw new ConfigError(`EXTRA_ORIGINS entry "${s}" is not an origin such as https://preview.example.no.`)
      }
    })
  return { serverURL, origins: [...new Set([serverURL, ...extra])] }
}

/**
 * Checks the whole environment once, before anything starts or writes. Returns the lines to print on failure.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function checkEnvironment(env = process.env) {
  const problems = []
  for (const check of [() => resolveDatabase(env.DATABASE_URI), () => resolveOrigins(env)]) {
    try {
      check()
    } catch (e) {
      problems.push(e instanceof ConfigError ? e.message : String(e))
    }
  }
  if (env.NODE_ENV === 'production') {
    try {
      resolveSecret({ env, warn: () => {} })
    } catch (e) {
      problems.push(e instanceof ConfigError ? e.message : String(e))
    }
  }
  return problems
}
