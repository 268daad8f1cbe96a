import { APIError, Forbidden, type Endpoint, type PayloadRequest } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { say } from '@/validation/messages'

const NO_ADDRESS = { nb: 'Oppgi én e-postadresse (?email=).', en: 'Give one e-mail address (?email=).' }

function addressOf(req: PayloadRequest): string {
  const email = new URL(req.url ?? '', 'http://x').searchParams.get('email')?.trim().toLowerCase()
  if (!email || !email.includes('@') || email.length > 254) throw new APIError(say(NO_ADDRESS, { req }), 400)
  return email
}

function refuseUnlessAdmin(req: PayloadRequest): void {
  if (!isAdmin({ req })) throw new Forbidden(req.t)
}

const forAddress = (email: string) => ({ email: { equals: email } })

/**
 * A data-subject request for one address (GDPR articles 15 and 17), for admins only and one address at a
 * time, never a list: `GET /api/subscriptions/address?email=` answers what is stored for it (the pages
 * followed, language, when confirmed), `DELETE` the same address deletes every subscription it has.
 */
export const addressRequestEndpoints: Endpoint[] = [
  {
    path: '/address',
    method: 'get',
    handler: async (req) => {
      refuseUnlessAdmin(req)
      const email = addressOf(req)
      const { docs } = await req.payload.find({ collection: 'subscriptions', where: forAddress(email), pagination: false, overrideAccess: true, req })
      const subscriptions = docs.map((d) => ({ page: d.page, language: d.language, confirmedAt: d.confirmedAt ?? null, createdAt: d.createdAt }))
      return Response.json({ email, count: subscriptions.length, subscriptions }, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
  {
    path: '/address',
    method: 'delete',
    handler: async (req) => {
      refuseUnlessAdmin(req)
      const email = addressOf(req)
      const { docs } = await req.payload.delete({ collection: 'subscriptions', where: forAddress(email), overrideAccess: true, req })
      return Response.json({ email, deleted: docs.length }, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
]
