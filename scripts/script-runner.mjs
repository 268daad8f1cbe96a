// Runs one of our TypeScript scripts (scripts/seed.ts, scripts/publish.ts) with plain Node. It is bundled with
// esbuild first (our TypeScript only; packages stay external) instead of going through `payload run`, whose
// TypeScript loader on Node 20 sometimes stalls or lets the process end with status 0 before the script has
// run (seen here about one run in four).
//   node scripts/script-runner.mjs <script.ts> [args...]
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'

async function bundleScript(entry) {
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
    // Lets bundled CommonJS-style code call require() in an ES module. The rest runs once every imported module
    // has been evaluated (imports are evaluated before the module's own code): it tells the runner so on fd 3,
    // and only then holds the event loop open for Payload's start (see runOnce).
    banner: {
      js: [
        "import { createRequire as __vvCreateRequire } from 'node:module'; const require = __vvCreateRequire(import.meta.url);",
        "globalThis.__videoveilederKeepAlive = setInterval(() => {}, 60_000);",
        "try { require('node:fs').writeSync(3, 'loaded\\n') } catch {}",
      ].join('\n'),
    },
  })
  return outfile
}

const STALL_MS = 90_000
const MAX_LOAD_ATTEMPTS = 20

/**
 * Bundles and runs a script; resolves to its exit code. On Node 20 the evaluation of Payload's ES modules in a
 * process of its own sometimes never settles (more than one start in two here, with
 * @payloadcms/richtext-lexical; the server is not affected, which is why `npm start` seeds inside it): with
 * nothing holding the event loop, the process ends at once with status 13, before any of the script has run,
 * and is simply started again. After the modules are loaded, a start that prints nothing for 90 s is stopped
 * and tried once more.
 */
async function runScript(entry, args = [], env = process.env) {
  const file = await bundleScript(entry)
  const name = path.basename(entry, '.ts')
  try {
    let loadFailures = 0
    let stalls = 0
    for (;;) {
      const code = await runOnce(file, args, env)
      if (code === 'unloaded') {
        if (++loadFailures < MAX_LOAD_ATTEMPTS) continue
        console.error(`[${name}] Node did not finish loading Payload's modules in ${MAX_LOAD_ATTEMPTS} starts.`)
        return 1
      }
      if (code !== 'stalled') return code
      console.error(`[${name}] Payload did not finish starting within ${STALL_MS / 1000} s${stalls === 0 ? '; trying once more' : ''}.`)
      if (++stalls === 2) return 1
    }
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/** One start: 'unloaded' when it ended before its modules were loaded, 'stalled' when it went quiet, else its exit code. */
function runOnce(file, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'], env })
    let loaded = false
    let spoke = false
    let watchdog
    child.stdio[3].on('data', () => {
      if (loaded) return
      loaded = true
      watchdog = setTimeout(() => {
        if (!spoke) child.kill('SIGKILL')
      }, STALL_MS)
    })
    child.stdout.on('data', (chunk) => {
      spoke = true
      process.stdout.write(chunk)
    })
    child.on('close', (exitCode, signal) => {
      clearTimeout(watchdog)
      if (!loaded && exitCode === 13) return resolve('unloaded')
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
