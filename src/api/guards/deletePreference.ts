import type { PayloadHandler } from 'payload'

import { NotFound, UnauthorizedError } from 'payload'

import { say } from '@/validation/messages'

/**
 * DELETE /api/payload-preferences/:key, replacing Payload's handler: its database call fails on SQLite when
 * the user has no such preference (a 500). Finds the user's own preference and deletes it by id, or answers 404.
 */
export const deletePreference: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = req.routeParams?.key
  const found = await payload.find({
    collection: 'payload-preferences',
    where: {
      and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const preference = found.docs[0]
  if (!preference) {
    const error = new NotFound(req.t)
    error.message = say(
      { nb: `Du har ingen lagret innstilling «${key}». Den kan allerede være slettet.`, en: `You have no saved preference "${key}". It may already have been deleted.` },
      { req },
    )
    throw error
  }
  const deleted = await payload.delete({ collection: 'payload-preferences', id: preference.id, depth: 0, overrideAccess: true, req })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}
