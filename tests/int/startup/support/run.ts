import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { killGroup } from '../../../helpers/server'

export const ROOT = process.cwd()

export type Outcome = { code: number | null; signal: string | null; out: string; ms: number; timedOut: boolean }

/**
 * Runs a command with stdin closed, as a server runs, in its own process group; after `boundMs` the whole
 * group is killed and the outcome says it timed out.
 */
export function runBounded(args: string[], env: Record<string, string>, boundMs: number): Promise<Outcome> {
  const began = Date.now()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NEXT_TELEMETRY_DISABLED: '1', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let out = ''
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  return new Promise((resolve) => {
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child, 'SIGKILL')
    }, boundMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, out, ms: Date.now() - began, timedOut })
    })
  })
}

export function removeQuietly(file: string): void {
  fs.rmSync(file, { recursive: true, force: true })
}
