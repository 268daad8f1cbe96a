// Shared by the benchmarks: a production server on a fresh seeded SQLite file, started the way `npm start` does.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const log = (line) => console.log(`[bench] ${line}`)
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const children = []
process.on('exit', () => children.forEach((c) => c.kill('SIGTERM')))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1))

/** Remembers a child process so that it is stopped when the benchmark ends. */
export function track(child) {
  children.push(child)
  return child
}

export async function waitFor(url, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {}
    await sleep(250)
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Builds once; set BENCH_REBUILD=1 to force a fresh build. */
export function ensureBuild() {
  if (fs.existsSync('.next/BUILD_ID') && process.env.BENCH_REBUILD !== '1') return
  log('building (next build)...')
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) },
  })
  if (result.status !== 0) throw new Error('next build failed')
}

/** Starts `scripts/start.mjs` on a new SQLite file (migrations + seed), with an admin for the publish tests. */
export async function startApp(port, extraEnv = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-bench-'))
  const admin = { email: 'bench-admin@videoveileder.example.no', password: `Bench-${crypto.randomBytes(6).toString('hex')}` }
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DATABASE_URI: `file:${path.join(work, 'guide.db')}`,
    MEDIA_DIR: path.join(work, 'media'),
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...extraEnv,
  }
  const child = track(spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] }))
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  child.on('exit', (code) => {
    if (code) console.error(`[bench] the app exited with ${code}:\n${output.slice(-3000)}`)
  })
  await waitFor(`http://localhost:${port}/api/health`)
  return { base: `http://localhost:${port}`, work, admin }
}
