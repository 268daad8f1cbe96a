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
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)))
}

export const bin = (name) => `node_modules/.bin/${name}`
export const nextBin = 'node_modules/next/dist/bin/next'

