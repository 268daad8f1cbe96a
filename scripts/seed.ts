// `npm run seed`: loads the guide into the configured database, idempotently.
// `--if-empty` seeds only a database that has no guide yet (used by `npm run dev` and `npm start`).
import config from '@payload-config'
import { getPayload } from 'payload'

import { isEmpty, seedGuide } from '../src/seed'

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
try {
  if (ifEmpty && !(await isEmpty(payload))) {
    console.log('[seed] the guide is already loaded; nothing to do.')
  } else {
    const started = Date.now()
    const report = await seedGuide(payload, (line) => console.log(line))
    console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`)
  }
  process.exitCode = 0
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
// Payload keeps database handles open; leave once stdout has flushed.
process.stdout.write('', () => process.exit(process.exitCode ?? 0))
