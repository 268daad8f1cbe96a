import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

/** A TCP port nobody listens on right now (the OS picks it), for a server a test starts itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Signals a process group started with `detached: true`, by its leader's id; a group already gone is fine. */
export function killGroup(child: { pid?: number }, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

/**
 * Starts the production server as `npm start` does (scripts/start.mjs: migrations, seed when empty, next
 * start) in its own process group, its output in `logFile`, and waits until /api/health answers ok. Throws
 * with the log's tail when it exits or is not healthy within `timeoutMs`; the caller stops it with killGroup.
 */
export async function startProductionServer(options: {
  baseURL: string
  env: NodeJS.ProcessEnv
  logFile: string
  timeoutMs: number
}): Promise<ChildProcess> {
  const out = fs.openSync(options.logFile, 'a')
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: process.cwd(), env: options.env, stdio: ['ignore', out, out], detached: true })
  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline && child.exitCode === null) {
    if (await fetch(`${options.baseURL}/api/health`).then((r) => r.ok, () => false)) return child
    await new Promise((r) => setTimeout(r, 500))
  }
  killGroup(child, 'SIGKILL')
  const log = fs.existsSync(options.logFile) ? fs.readFileSync(options.logFile, 'utf8').slice(-4000) : ''
  throw new Error(`the server at ${options.baseURL} did not become healthy (exit ${child.exitCode}). Last log lines:\n${log}`)
}
