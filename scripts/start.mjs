// `npm start`: the production server. Needs `npm run build` first and PAYLOAD_SECRET.
// On an empty SQLite file the committed migrations create the schema, then the guide is seeded.
import fs from 'node:fs'

import { loadEnvFiles, preflightOrExit } from './preflight.mjs'
import { nextBin, serve } from './run.mjs'
import { runSeed } from './seed-runner.mjs'

loadEnvFiles(false)
const env = { ...process.env, NODE_ENV: 'production' }
await preflightOrExit(env)
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('[videoveileder] No production build found: run `npm run build` first.')
  process.exit(1)
}
if (process.env.SKIP_SEED !== '1') {
  const seeded = await runSeed(['--if-empty'], env)
  if (seeded !== 0) {
    console.error('[videoveileder] Preparing the database failed; see the lines above. The server was not started.')
    process.exit(seeded)
  }
}
serve(process.execPath, [nextBin, 'start', '--port', process.env.PORT ?? '3000'], env)
