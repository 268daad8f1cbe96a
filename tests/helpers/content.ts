import type { Payload } from 'payload'
import crypto from 'node:crypto'

export const unique = () => crypto.randomBytes(4).toString('hex')

/** A profession group created directly (system), for tests that need something to point at. */
export async function createCategory(payload: Payload, name = `Gruppe ${unique()}`) {
  return payload.create({ collection: 'profession-categories', data: { name, order: 1 }, overrideAccess: true })
}

/** Minimal valid vendor data for REST bodies. */
export function vendorData(categoryId: number | string, overrides: Record<string, unknown> = {}) {
  return {
    name: `Video ${unique()}`,
    solutionType: 'standalone',
    professionCategories: [categoryId],
    ...overrides,
  }
}

/** Minimal valid tariff data for REST bodies. */
export function tariffData(overrides: Record<string, unknown> = {}) {
  return {
    code: `T${unique()}`,
    title: 'Prøvetakst',
    professions: ['lege'],
    effectiveFrom: '2020-03-16T00:00:00.000Z',
    ...overrides,
  }
}
