import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { resolveSecret } from '../../../src/config/env.mjs'

// `next build` runs with NODE_ENV=production and NEXT_PHASE=phase-production-build; the README's Production
// section builds without PAYLOAD_SECRET and passes it to `npm start` only.
const BUILD = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }

describe('resolveSecret while Next builds', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-build-secret-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

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
