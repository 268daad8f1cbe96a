// `npm run dev`: the platform on the embedded database in development mode, with the guide seeded when empty
// (inside the dev server, see src/db/onInit.ts).
import { resolveSecret } from '../src/config/env.mjs'
import { loadEnvFiles, preflightOrExit } from './preflight.mjs'
import { nextBin, serve, warmUp } from './run.mjs'

loadEnvFiles(true)
const env = { SEED_ON_EMPTY: 'true', ...process.env, NODE_ENV: 'development' }
await preflightOrExit(env)
resolveSecret({ env })
const port = process.env.PORT ?? '3000'
serve(process.execPath, [nextBin, 'dev', '--port', port], env)
warmUp(`http://127.0.0.1:${port}/api/health`)
