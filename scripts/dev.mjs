// `npm run dev`: the platform on the embedded database in development mode, with the guide seeded when empty.
import { resolveSecret } from '../src/config/env.mjs'
import { loadEnvFiles, preflightOrExit } from './preflight.mjs'
import { nextBin, serve } from './run.mjs'
import { runSeed } from './seed-runner.mjs'

loadEnvFiles(true)
const env = { ...process.env, NODE_ENV: 'development' }
await preflightOrExit(env)
resolveSecret({ env })
const seeded = await runSeed(['--if-empty'], env)
if (seeded !== 0) {
  console.error('[videoveileder] Seeding the guide failed; see the lines above. Nothing was started.')
  process.exit(seeded)
}
serve(process.execPath, [nextBin, 'dev', '--port', process.env.PORT ?? '3000'], env)
