// `npm run seed` (through scripts/seed-runner.mjs): loads the guide into the configured database, idempotently.
// `--if-empty` seeds only a database that has no guide yet. A second run creates what is missing (a seeded
// document an editor deleted comes back) and leaves the rest alone; when it created anything it announces the
// change to the running servers (src/invalidation/), so the pages show it at once.
import config from '@payload-config'
import { getPayload } from 'payload'

import { isEmpty, seedGuide } from '../src/seed'
import { announceSeeded } from '../src/seed/seedOnEmpty'

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
try {
  if (ifEmpty && !(await isEmpty(payload))) {
    console.log('[seed] the guide is already loaded; nothing to do.')
  } else {
    const started = Date.now()
    const report = await seedGuide(payload, (line) => console.log(line))
    await announceSeeded(report, payload.logger)
    console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`)
  }
  process.exitCode = 0
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
// Close the database so the process ends by itself once every line is written (process.exit could cut
// output short on a pipe). A handle left open elsewhere must not keep it alive for long.
await payload.destroy().catch(() => {})
// Set by scripts/keep-alive.cjs, which scripts/seed-runner.mjs preloads.
clearInterval((globalThis as { __videoveilederKeepAlive?: NodeJS.Timeout }).__videoveilederKeepAlive)
setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref()
