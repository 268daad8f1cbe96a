import { getPayload, type CollectionSlug, type Payload } from 'payload'

import config from '@payload-config'
import { createRoleFixtures, type RoleFixtures } from '../fixtures/users'
import { createApiClient, type BootedPayload } from './api'
import { createCategory } from './content'

/** Boots Payload on this test file's private database and returns it with an in-process HTTP client. */
export async function bootPayload(): Promise<BootedPayload> {
  const payload = await getPayload({ config })
  return { payload, api: createApiClient(config) }
}

/** How many documents a collection holds, whoever may read them. */
export async function countDocs(payload: Payload, collection: CollectionSlug): Promise<number> {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

export type RolesTest = {
  booted: BootedPayload
  actors: RoleFixtures
  count: (collection: CollectionSlug) => Promise<number>
}

/**
 * For a test file that calls the API as the four roles: in a beforeAll, boots Payload and logs in one user
 * per role (tests/fixtures/users.ts). The objects it returns are filled in place by that beforeAll, so a file
 * destructures them once at its top and uses them in its tests.
 */
export function bootWithRoles(): RolesTest {
  const booted = {} as BootedPayload
  const actors = {} as RoleFixtures
  beforeAll(async () => {
    Object.assign(booted, await bootPayload())
    Object.assign(actors, await createRoleFixtures(booted.payload, booted.api))
  })
  return { booted, actors, count: (collection) => countDocs(booted.payload, collection) }
}

/** bootWithRoles and a profession group (`category`) for vendors and imports to point at. */
export function bootWithCategory(): RolesTest & { category: { id: number | string } } {
  const roles = bootWithRoles()
  const category = {} as { id: number | string }
  beforeAll(async () => {
    category.id = (await createCategory(roles.booted.payload)).id
  })
  return { ...roles, category }
}
