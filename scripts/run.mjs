// Small helpers for the start scripts: run a command to completion, or hand the process over to one.
import { spawn } from 'node:child_process'

export function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)))
  })
}

/** Runs a long-lived server as the only child and forwards signals, so one PID owns it. */
export function serve(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env })
  const forwarded = new Set()
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      forwarded.add(signal)
      child.kill(signal)
    })
  }
  // A stop we asked for is a clean exit; a crash by any other signal (OOM kill, SIGSEGV) is not.
  const signalNumbers = { SIGKILL: 9, SIGSEGV: 11, SIGABRT: 6, SIGBUS: 7 }
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 0)
    process.exit(forwarded.has(signal) ? 0 : 128 + (signalNumbers[signal] ?? 1))
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
