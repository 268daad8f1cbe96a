import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()

/** Runs `npm start`'s script in an empty folder, so that anything it writes would show. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number; files: string[] }> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-start-'))
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(cwd, 'node_modules'))
  fs.cpSync(path.join(root, 'scripts'), path.join(cwd, 'scripts'), { recursive: true })
  fs.cpSync(path.join(root, 'src', 'config'), path.join(cwd, 'src', 'config'), { recursive: true })
  fs.cpSync(path.join(root, 'src', 'db', 'schemaOrigin.mjs'), path.join(cwd, 'src', 'db', 'schemaOrigin.mjs'))
  const began = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env } as unknown as NodeJS.ProcessEnv,
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('exit', (code: number | null) => {
      const files = fs.readdirSync(cwd).filter((f) => !['node_modules', 'scripts', 'src'].includes(f))
      resolve({ code, stderr, ms: Date.now() - began, files })
    })
  })
}

describe('a start with bad configuration stops with one clear line and writes nothing', () => {
  it('rejects an unsupported DATABASE_URI', async () => {
    const result = await start({ DATABASE_URI: 'postgres://db/guide', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/DATABASE_URI .*mongodb:\/\//)])
    expect(result.files).toEqual([])
  })

  it('requires PAYLOAD_SECRET in production', async () => {
    const result = await start({})
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('PAYLOAD_SECRET is required')])
    expect(result.files).toEqual([])
  })

  it('gives up on an unreachable MongoDB within 10 s and names the host', async () => {
    const result = await start({ DATABASE_URI: 'mongodb://127.0.0.1:9/guide', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('Cannot reach MongoDB at 127.0.0.1:9')])
    expect(result.ms).toBeLessThan(10_000)
    expect(result.files).toEqual([])
  }, 20_000)
})
