import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { checkEnvironment, ConfigError, resolveDatabase, resolveOrigins, resolveSecret } from '../../../src/config/env.mjs'

describe('resolveDatabase', () => {
  it('defaults to the embedded SQLite file when DATABASE_URI is unset or blank', () => {
    expect(resolveDatabase(undefined)).toEqual({ kind: 'sqlite', uri: 'file:./data/guide.db' })
    expect(resolveDatabase('  ')).toEqual({ kind: 'sqlite', uri: 'file:./data/guide.db' })
  })

  it('takes file: URIs as SQLite', () => {
    expect(resolveDatabase('file:/tmp/x.db')).toEqual({ kind: 'sqlite', uri: 'file:/tmp/x.db' })
    expect(resolveDatabase('file::memory:').kind).toBe('sqlite')
  })

  it('takes mongodb:// and mongodb+srv:// as MongoDB and names the host without credentials', () => {
    expect(resolveDatabase('mongodb://user:pw@db.example:27017/guide?replicaSet=rs0')).toMatchObject({
      kind: 'mongodb',
      host: 'db.example:27017',
    })
    expect(resolveDatabase('mongodb+srv://cluster.example/guide').host).toBe('cluster.example')
  })

  it.each(['postgres://localhost/guide', 'mysql://x', 'guide.db', 'file:', 'mongodb://'])(
    'rejects %s with one line naming the accepted forms',
    (uri) => {
      expect(() => resolveDatabase(uri)).toThrow(ConfigError)
      try {
        resolveDatabase(uri)
      } catch (error) {
        const message = (error as Error).message
        expect(message).toContain('DATABASE_URI')
        expect(message).not.toContain('\n')
      }
    },
  )

  it('never prints a password from a rejected URI', () => {
    expect(() => resolveDatabase('postgres://admin:hunter2@db/guide')).toThrow(/admin:\*\*\*@db/)
  })
})

describe('resolveSecret', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-secret-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  // `next build` runs with NODE_ENV=production and NEXT_PHASE=phase-production-build; the README's Production
  // section builds without PAYLOAD_SECRET and passes it to `npm start` only.
  describe('while Next builds', () => {
    const BUILD = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }

    it('needs no PAYLOAD_SECRET: a build gets a throwaway secret, written nowhere', () => {
      const secret = resolveSecret({ env: BUILD, cwd: dir, warn: () => {} })
      expect(secret).toMatch(/^[0-9a-f]{64}$/)
      expect(fs.readdirSync(dir)).toEqual([])
    })

    it('gives each build its own throwaway secret (nothing predictable is baked in)', () => {
      expect(resolveSecret({ env: BUILD, cwd: dir })).not.toBe(resolveSecret({ env: BUILD, cwd: dir }))
    })

    it('still uses, and still checks, a secret that is given', () => {
      expect(resolveSecret({ env: { ...BUILD, PAYLOAD_SECRET: 'y'.repeat(40) }, cwd: dir })).toBe('y'.repeat(40))
      expect(() => resolveSecret({ env: { ...BUILD, PAYLOAD_SECRET: 'short' }, cwd: dir })).toThrow(/32/)
    })

    it('still requires PAYLOAD_SECRET when the production server starts (any other phase)', () => {
      for (const NEXT_PHASE of [undefined, 'phase-production-server']) {
        expect(() => resolveSecret({ env: { NODE_ENV: 'production', NEXT_PHASE }, cwd: dir })).toThrow(/PAYLOAD_SECRET is required/)
      }
    })
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => resolveSecret({ env: { NODE_ENV: 'production' }, cwd: dir })).toThrow(/PAYLOAD_SECRET is required/)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('rejects a short secret in production', () => {
    expect(() => resolveSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, cwd: dir })).toThrow(/32/)
  })

  it('generates a development secret once, keeps it in a file, and warns in one line', () => {
    const warnings: string[] = []
    const first = resolveSecret({ env: { NODE_ENV: 'development' }, cwd: dir, warn: (l) => warnings.push(l) })
    const second = resolveSecret({ env: { NODE_ENV: 'development' }, cwd: dir, warn: (l) => warnings.push(l) })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(second).toBe(first)
    expect(warnings).toHaveLength(1)
    expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o777).toBe(0o600)
  })

  it('uses the given secret as is', () => {
    const secret = 'x'.repeat(40)
    expect(resolveSecret({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: secret }, cwd: dir })).toBe(secret)
  })
})

describe('resolveOrigins', () => {
  it('derives the origin list from SERVER_URL and EXTRA_ORIGINS', () => {
    expect(
      resolveOrigins({ SERVER_URL: 'https://veileder.example.no/some/path', EXTRA_ORIGINS: 'https://preview.example.no, ' }),
    ).toEqual({
      serverURL: 'https://veileder.example.no',
      origins: ['https://veileder.example.no', 'https://preview.example.no'],
    })
  })

  it('defaults to localhost:3000', () => {
    expect(resolveOrigins({}).serverURL).toBe('http://localhost:3000')
  })

  it('rejects a SERVER_URL that is not an http(s) origin', () => {
    expect(() => resolveOrigins({ SERVER_URL: 'javascript:alert(1)' })).toThrow(ConfigError)
    expect(() => resolveOrigins({ SERVER_URL: 'not a url' })).toThrow(/SERVER_URL/)
  })
})

describe('checkEnvironment', () => {
  it('collects every problem before anything starts', () => {
    expect(checkEnvironment({ NODE_ENV: 'production', DATABASE_URI: 'redis://x' })).toEqual([
      expect.stringContaining('DATABASE_URI'),
      expect.stringContaining('PAYLOAD_SECRET'),
    ])
    expect(checkEnvironment({ NODE_ENV: 'development' })).toEqual([])
  })
})
