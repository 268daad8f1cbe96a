// Runs scripts/seed.ts with plain Node. It is bundled with esbuild first (our TypeScript only; packages stay
// external) instead of going through `payload run`, whose TypeScript loader on Node 20 sometimes stalls or
// lets the process end with status 0 before the script has run (seen here about one run in four).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { build } from 'esbuild'


export async function bundleSeed() {
  // Next to the sources, so that packages resolve from node_modules; one file per process, so parallel
  // seeds never share a bundle. The folder is git-ignored.
  const outfile = path.resolve('.seed', `seed-${process.pid}.mjs`)
  await build({
    entryPoints: ['scripts/seed.ts'],
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

/** Bundles and runs the seed with the given arguments; resolves to its exit code. */
export async function runSeed(args = [], env = process.env) {
  const file = await bundleSeed()
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', path.resolve('scripts/keep-alive.cjs'), file, ...args], { stdio: 'inherit', env })
    child.on('exit', (exitCode, signal) => resolve(signal ? 1 : (exitCode ?? 1)))
  })
  fs.rmSync(file, { force: true })
  return code
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadEnvFiles, preflightOrExit } = await import('./preflight.mjs')
  loadEnvFiles(process.env.NODE_ENV !== 'production')
  await preflightOrExit()
  process.exit(await runSeed(process.argv.slice(2)))
}
