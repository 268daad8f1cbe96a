// `npm run seed` (through scripts/seed-runner.mjs): loads the guide into the configured database, idempotently.
// `--if-empty` seeds only a database that has no guide yet. A second run creates what is missing (a seeded
// document an editor deleted comes back) and leaves the rest alone; when it created anything it announces the
// change to the running servers (src/invalidation/), so the pages show it at once; when that announcement
// reaches no server, it says so and ends with status 3 (the guide is loaded all the same).
import config from '@payload-config'
import { getPayload } from 'payload'

import { UNDELIVERED_EXIT_CODE, announceAsScript, invalidationFailures, undeliveredReport } from '../src/invalidation/index.mjs'
import { isEmpty, seedGuide } from '../src/seed'
import { announceSeeded } from '../src/seed/seedOnEmpty'
import { endScript } from './endScript'

announceAsScript()

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
try {
  if (ifEmpty && !(await isEmpty(payload))) {
    console.log('[seed] the guide is already loaded; nothing to do.')
  } else {
    const started = Date.now()
    const before = invalidationFailures()
    const report = await seedGuide(payload, (line) => console.log(line))
    await announceSeeded(report, payload.logger)
    console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`)
    const undelivered = undeliveredReport(before, 'the guide is loaded')
    if (undelivered) console.error(`[seed] ${undelivered}`)
    process.exitCode = undelivered ? UNDELIVERED_EXIT_CODE : 0
  }
  process.exitCode ??= 0
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
await endScript(payload)
