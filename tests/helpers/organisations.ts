import type { Payload } from 'payload'

import type { RoleFixtures } from '../fixtures/users'
import { FIXTURE_PASSWORD } from '../fixtures/users'
import type { ApiClient } from './api'
import { unique } from './content'

/** A valid Norwegian organisation number (modulus 11), different on each call. */
export function validOrganisationNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 9 : Math.floor(Math.random() * 10)))
    const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((acc, w, i) => acc + w * digits[i]!, 0)
    const check = (11 - (sum % 11)) % 11
    if (check !== 10) return [...digits, check].join('')
  }
}

export async function createOrganisation(payload: Payload, name = `Firma ${unique()} AS`) {
  return payload.create({ collection: 'vendor-organisations', data: { name, organisationNumber: validOrganisationNumber() }, overrideAccess: true })
}

export type Organisations = { orgA: { id: number | string }; orgB: { id: number | string } }

/**
 * Two organisations, vendorA a member of orgA and vendorB of orgB (the session reads the user from the
 * database on every request, so the fixtures' tokens keep working).
 */
export async function giveVendorsOrganisations(payload: Payload, actors: RoleFixtures): Promise<Organisations> {
  const orgA = await createOrganisation(payload)
  const orgB = await createOrganisation(payload)
  await payload.update({ collection: 'users', id: actors.vendorA.id, data: { organisation: orgA.id }, overrideAccess: true })
  await payload.update({ collection: 'users', id: actors.vendorB.id, data: { organisation: orgB.id }, overrideAccess: true })
  return { orgA, orgB }
}

/** A vendor user who belongs to no organisation, logged in. */
export async function vendorWithoutOrganisation(payload: Payload, api: ApiClient) {
  const email = `vendor-none-${unique()}@test.videoveileder.no`
  const doc = await payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name: 'Uten Organisasjon', roles: ['vendor'] }, overrideAccess: true })
  return { id: doc.id, email, token: await api.login(email, FIXTURE_PASSWORD) }
}
