import type { Payload } from 'payload'

import { expireAllContent } from '../hooks/revalidateContent'
import { isEmpty, seedGuide } from '../seed'
import { createAdminFromEnv } from './createAdminFromEnv'

/**
 * Runs once when Payload starts inside the server: the first admin from ADMIN_EMAIL, then, when the start
 * script asks for it (SEED_ON_EMPTY=true) and the database has no guide yet, the seed. Seeding here, in the
 * server's own process, avoids a second Node process that loads Payload's ES modules by itself: on Node 20
 * such a process sometimes never finished starting (seen here about one start in five).
 */
export async function onInit(payload: Payload): Promise<void> {
  await createAdminFromEnv(payload)
  if (process.env.SEED_ON_EMPTY !== 'true') return
  if (!(await isEmpty(payload))) return
  payload.logger.info('[seed] the database has no guide yet: loading it')
  const started = Date.now()
  const report = await seedGuide(payload, (line) => payload.logger.info(line))
  payload.logger.info(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(report)}`)
  // The seed writes with revalidation off; a page rendered meanwhile must not stay cached as empty.
  await expireAllContent({ context: {}, payload } as never)
}
