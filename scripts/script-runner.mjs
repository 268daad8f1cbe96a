// Runs one of our TypeScript scripts (scripts/seed.ts, scripts/publish.ts) with plain Node. It is bundled with
// esbuild first (our TypeScript only; packages stay external) instead of going through `payload run`, whose
// TypeScript loader on Node 20 sometimes stalls or lets the process end with status 0 before the script has
// run (seen here about one run in four).
//   node scripts/script-runner.mjs <script.ts> [args...]
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

export async function bundleScript(entry) {
  // Next to the sources, so that packages resolve from node_modules; one file per process, so parallel
  // runs never share a bundle. The folder is git-ignored.
  const outfile = path.resolve('.seed', `${path.basename(entry, '.ts')}-${process.pid}.mjs`)
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'warning',
    // Lets bundled CommonJS-style code call require() in an ES module.
    banner: { js: "import { createRequire as __vvCreateRequire } from 'node:module'; const require = __vvCreateRequire(import.meta.url);" },
  })
  return outfile
}

const STALL_MS = 90_000

/**
 * Bundles and runs a script; resolves to its exit code. On Node 20 a process that loads Payload's ES modules
 * by itself sometimes never finishes starting (seen here about one run in five; the server is not affected,
 * which is why `npm start` seeds inside it). A run that prints nothing for 90 s is stopped and tried once more.
 */
export async function runScript(entry, args = [], env = process.env) {
  const file = await bundleScript(entry)
  try {
    for (let attempt = 1; attempt <= 2; attempt++) {
      const code = await runOnce(file, args, env)
      if (code !== 'stalled') return code
      console.error(`[${path.basename(entry, '.ts')}] Payload did not finish starting within ${STALL_MS / 1000} s${attempt === 1 ? '; trying once more' : ''}.`)
    }
    return 1
  } finally {
    fs.rmSync(file, { force: true })
  }
}

function runOnce(file, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', path.resolve('scripts/keep-alive.cjs'), file, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    })
    let spoke = false
    const watchdog = setTimeout(() => {
      if (!spoke) child.kill('SIGKILL')
    }, STALL_MS)
    child.stdout.on('data', (chunk) => {
      spoke = true
      process.stdout.write(chunk)
    })
    child.on('exit', (exitCode, signal) => {
      clearTimeout(watchdog)
      resolve(!spoke && signal === 'SIGKILL' ? 'stalled' : signal ? 1 : (exitCode ?? 1))
    })
  })
}

/** Loads the env files and checks the configuration as every start does, then runs the script. */
export async function main(entry, args) {
  const { loadEnvFiles, preflightOrExit } = await import('./preflight.mjs')
  loadEnvFiles(process.env.NODE_ENV !== 'production')
  await preflightOrExit()
  process.exit(await runScript(entry, args))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [entry, ...args] = process.argv.slice(2)
  if (!entry) {
    console.error('usage: node scripts/script-runner.mjs <script.ts> [args...]')
    process.exit(2)
  }
  await main(entry, args)
}
