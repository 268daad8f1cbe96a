import type { Payload } from 'payload'

import { announceContentChange, CONTENT_TAGS } from '../invalidation/index.mjs'
import { isEmpty, seedGuide, type SeedReport } from './index'

/**
 * The seed writes with revalidation off (one announcement instead of hundreds), so when it created anything
 * it expires every tag of the site at once, through the same channel as every change: a page rendered while
 * it ran (and cached as empty) is rendered anew, in every app process.
 */
export async function announceSeeded(report: SeedReport, logger: Payload['logger']): Promise<void> {
  if (!Object.values(report).some(({ created }) => created > 0)) return
  await announceContentChange(CONTENT_TAGS, logger)
}

/**
 * Runs when Payload starts inside the server (onInit): when the start script asks for it (SEED_ON_EMPTY=true)
 * and the database has no guide yet, the seed. Seeding here, in the server's own process, avoids a second Node
 * process that loads Payload's ES modules by itself: on Node 20 such a process sometimes never finished
 * starting (seen here about one start in five).
 */
export async function seedOnEmpty(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_EMPTY !== 'true') return
  if (!(await isEmpty(payload))) return
  payload.logger.info('[seed] the database has no guide yet: loading it')
  const started = Date.now()
  const report = await seedGuide(payload, (line) => payload.logger.info(line))
  payload.logger.info(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`)
  await announceSeeded(report, payload.logger)
}
