import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../helpers/server'
import { removeQuietly, ROOT } from './support/run'

// `next dev` compiles /api/health (Payload, every collection) on the first request: up to ~90 s on 2 busy cores.
const READY_BOUND_MS = 180_000
// After SIGTERM: Next closes its server and its workers; 15 s is far more than that takes.
const STOP_BOUND_MS = 15_000

/** Every process whose ancestry reaches `pid` (from ps, so nothing is missed that re-parented itself). */
function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const found = new Set<number>()
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of rows) {
      if ((parent === pid || found.has(parent!)) && !found.has(child!)) {
        found.add(child!)
        grew = true
      }
    }
  }
  return [...found]
}

/** Whether a process still exists (and is not a zombie waiting to be reaped). */
function alive(pid: number): boolean {
  const stat = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim()
  return stat !== '' && !stat.startsWith('Z')
}

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) })
    return true
  } catch (error) {
    return !String((error as { cause?: { code?: string } }).cause?.code ?? '').includes('ECONNREFUSED')
  }
}

describe('`npm run dev` stops with its parent', () => {
  let dir: string
  let port: number
  const tracked: number[] = []

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-dev-signal-'))
    port = await freePort()
  })
  afterAll(() => {
    // Whatever a failed run left behind is ours to stop, by id.
    for (const pid of tracked) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // gone
      }
    }
    removeQuietly(dir)
  })

  /** Starts `command`, waits for /api/health, sends SIGTERM to that process alone, and checks what is left. */
  async function sigtermAfterReady(command: string, args: string[]): Promise<void> {
    const parent = spawn(command, args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        DATABASE_URI: `file:${path.join(dir, 'guide.db')}`,
        PAYLOAD_SECRET: 'd'.repeat(48),
        PORT: String(port),
        SEED_ON_EMPTY: 'false',
        NEXT_TELEMETRY_DISABLED: '1',
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    parent.stdout!.on('data', (d: Buffer) => (log += d.toString()))
    parent.stderr!.on('data', (d: Buffer) => (log += d.toString()))
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => parent.on('exit', (code, signal) => resolve({ code, signal })))

    const readyBy = Date.now() + READY_BOUND_MS
    let ready = false
    while (!ready && Date.now() < readyBy && parent.exitCode === null) {
      try {
        ready = (await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(30_000) })).ok
      } catch {
        await new Promise((r) => setTimeout(r, 1000))
      }
    }
    if (!ready) throw new Error(`npm run dev did not answer /api/health within ${READY_BOUND_MS / 1000} s:\n${log.slice(-3000)}`)
    const mine = descendants(parent.pid!)
    tracked.push(...mine)
    expect(mine.length).toBeGreaterThan(0)

    parent.kill('SIGTERM')
    const stopBy = Date.now() + STOP_BOUND_MS
    let timer: NodeJS.Timeout | undefined
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, STOP_BOUND_MS)))])
    clearTimeout(timer)
    while (Date.now() < stopBy && (mine.some(alive) || (await listening(port)))) await new Promise((r) => setTimeout(r, 250))

    expect({ parentExited: parent.exitCode !== null || parent.signalCode !== null }).toEqual({ parentExited: true })
    expect({ left: mine.filter(alive) }).toEqual({ left: [] })
    expect({ listening: await listening(port) }).toEqual({ listening: false })
  }

  it('SIGTERM to `npm run dev` (npm, then sh, then scripts/dev.mjs) closes the port and leaves no process behind', async () => {
    await sigtermAfterReady('npm', ['run', 'dev'])
  }, READY_BOUND_MS + STOP_BOUND_MS + 30_000)

  it('SIGTERM to scripts/dev.mjs itself does the same', async () => {
    await sigtermAfterReady(process.execPath, ['scripts/dev.mjs'])
  }, READY_BOUND_MS + STOP_BOUND_MS + 30_000)
})
