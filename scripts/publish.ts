// `npm run publish:document -- <collection> <id> [--at <date and time>]` (through scripts/script-runner.mjs):
// publishes one document of a collection with drafts (its latest draft becomes the published version), as a
// system script, in the configured database. With --at (ISO 8601, e.g. 2027-01-01T06:00:00+01:00) it queues
// Payload's scheduled publish instead, which the running server's job runner carries out at that time; only
// for collections that allow scheduling (articles). Either way the change is announced to the running
// servers (src/invalidation/), so the pages show it at once; when that announcement reaches no server, the
// script says so and ends with status 3 (the document is published all the same).
import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'

import { UNDELIVERED_EXIT_CODE, announceAsScript, invalidationFailures, undeliveredReport } from '../src/invalidation/index.mjs'
import { endScript } from './endScript'

announceAsScript()

const [collection, rawId, ...rest] = process.argv.slice(2)
const at = rest[0] === '--at' ? rest[1] : undefined

function usage(message: string): never {
  console.error(`[publish] ${message}\nusage: npm run publish:document -- <collection> <id> [--at <ISO 8601 date and time>]`)
  process.exit(2)
}

if (!collection || !rawId || (rest.length > 0 && !at) || rest.length > 2) usage('expected a collection, an id and optionally --at <time>')
const when = at === undefined ? undefined : new Date(at)
if (when && Number.isNaN(when.getTime())) usage(`--at "${at}" is not a date and time`)

const payload = await getPayload({ config })
try {
  const target = payload.collections[collection as CollectionSlug]?.config
  const drafts = target?.versions && typeof target.versions === 'object' ? target.versions.drafts : undefined
  if (!target || !drafts) throw new Error(`"${collection}" is not a collection with drafts`)
  const id = payload.db.defaultIDType === 'number' ? Number(rawId) : rawId
  const doc = await payload.findByID({ collection: target.slug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) throw new Error(`${collection} ${rawId} does not exist`)
  if (when) {
    if (typeof drafts !== 'object' || !drafts.schedulePublish) throw new Error(`${collection} cannot be scheduled; publish it now instead`)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: target.slug, value: String(id) } },
      waitUntil: when,
    } as never)
    console.log(`[publish] ${collection} ${rawId}: publish scheduled for ${when.toISOString()} (job ${job.id})`)
    process.exitCode = 0
  } else {
    const before = invalidationFailures()
    await payload.update({ collection: target.slug, id, data: { _status: 'published' } as never, depth: 0, overrideAccess: true })
    console.log(`[publish] ${collection} ${rawId} published`)
    const undelivered = undeliveredReport(before, `${collection} ${rawId} is published`)
    if (undelivered) console.error(`[publish] ${undelivered}`)
    process.exitCode = undelivered ? UNDELIVERED_EXIT_CODE : 0
  }
} catch (error) {
  console.error(`[publish] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
await endScript(payload)
