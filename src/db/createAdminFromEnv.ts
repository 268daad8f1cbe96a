import type { Payload } from 'payload'

/**
 * On a start with no users at all, ADMIN_EMAIL and ADMIN_PASSWORD (when both are set) become the first admin,
 * so that a deployment can be set up without the create-first-user screen.
 */
export async function createAdminFromEnv(payload: Payload): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, name: process.env.ADMIN_NAME?.trim() || 'Administrator', roles: ['admin'] },
  })
  payload.logger.info(`Created the first admin (${email}) from ADMIN_EMAIL.`)
}
