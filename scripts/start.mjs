// `npm start`: the production server. Needs `npm run build` first and PAYLOAD_SECRET.
// Payload starts inside the server: on an empty SQLite file the committed migrations create the schema, and
// (SEED_ON_EMPTY) the guide is loaded when there is none. This script asks for the health endpoint once the
// server listens, so that happens at start and not on the first reader's request.
import fs from 'node:fs'

import { loadEnvFiles, preflightOrExit } from './preflight.mjs'
import { serve, warmUp } from './run.mjs'

loadEnvFiles(false)
const env = { SEED_ON_EMPTY: 'true', ...process.env, NODE_ENV: 'production' }
await preflightOrExit(env)
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('[videoveileder] No production build found: run `npm run build` first.')
  process.exit(1)
}
const port = process.env.PORT ?? '3000'
// scripts/server.mjs: Next's handler with compression and the public-page finisher in front (see there).
serve(process.execPath, ['scripts/server.mjs'], { ...env, PORT: port })
warmUp(`http://127.0.0.1:${port}/api/health`)
