import type { Payload } from 'payload'

import type { RoleFixtures } from '../fixtures/users'
import { FIXTURE_PASSWORD } from '../fixtures/users'
import type { ApiClient } from './api'
import { unique } from './content'

export type Organisations = { orgA: { id: number | string }; orgB: { id: number | string } }

/**
 * The organisations of vendorA (orgA) and vendorB (orgB). The role fixtures already make each a member of
 * its own organisation, so nothing is created here.
 */
export async function giveVendorsOrganisations(_payload: Payload, actors: RoleFixtures): Promise<Organisations> {
  return { orgA: { id: actors.vendorA.organisation }, orgB: { id: actors.vendorB.organisation } }
}

/** A vendor user who belongs to no organisation, logged in. */
export async function vendorWithoutOrganisation(payload: Payload, api: ApiClient) {
  const email = `vendor-none-${unique()}@test.videoveileder.no`
  const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name: 'Uten Organisasjon', roles: ['vendor'] }, overrideAccess: true })
  return { id: doc.id, email, token: await api.login(email, FIXTURE_PASSWORD) }
}

/** Another vendor member of an organisation (a colleague of vendorA or vendorB), logged in. */
export async function vendorMember(payload: Payload, api: ApiClient, organisation: number | string, name: string, email = `vendor-member-${unique()}@test.videoveileder.no`) {
  const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name, roles: ['vendor'], organisation } as never, overrideAccess: true })
  return { id: doc.id, email, organisation, token: await api.login(email, FIXTURE_PASSWORD) }
}
