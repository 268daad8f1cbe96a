// Small helpers for the start scripts: run a command to completion, or hand the process over to one.
import { spawn } from 'node:child_process'

// Every child gets a closed stdin: nothing a start runs may wait for an answer on a terminal. (A prompt on a
// closed stdin still waits for ever, so the one Payload would ask is prevented: src/db/migrationsOnly.ts.)
const NO_STDIN = ['ignore', 'inherit', 'inherit']

export function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: NO_STDIN, env })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
}

/** How long a stopped server may take before its process group is killed. */
const STOP_GRACE_MS = 10_000

/**
 * Runs a long-lived server as the only child, in a process group of its own (Next's workers, Payload's type
 * generator), and stops that whole group when this process is told to stop, when its own parent goes away
 * (`npm run dev` runs this under `sh -c`, and sh dies of npm's SIGTERM without passing it on, which left the
 * server running), and when this process exits for any reason it can still act on.
 */
export function serve(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: NO_STDIN, env, detached: true })
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // the group is gone
    }
  }
  let stopping = null
  const stop = (signal) => {
    if (stopping) return
    stopping = signal
    signalGroup(signal)
    setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS).unref()
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal))
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM')
  }, 500).unref()
  // Whatever of the group outlives the child (a worker of a crashed server) goes with this process.
  process.on('exit', () => signalGroup('SIGKILL'))
  // A stop we asked for is a clean exit; a crash by any other signal (OOM kill, SIGSEGV) is not.
  const signalNumbers = { SIGKILL: 9, SIGSEGV: 11, SIGABRT: 6, SIGBUS: 7 }
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 0)
    process.exit(stopping ? 0 : 128 + (signalNumbers[signal] ?? 1))
  })
}

export const bin = (name) => `node_modules/.bin/${name}`
export const nextBin = 'node_modules/next/dist/bin/next'


/**
 * Asks the server for `url` until it answers, so that Payload starts (migrations, seed) right away. Only
 * reports; the server's own log says what happened.
 */
export async function warmUp(url, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return console.log(`[videoveileder] ready: ${url.replace('/api/health', '/')} (admin on /admin)`)
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  console.error(`[videoveileder] ${url} did not answer within ${timeoutMs / 1000} s; see the log above.`)
}
