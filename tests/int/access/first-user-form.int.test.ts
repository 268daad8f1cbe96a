import { buildFormState } from '@payloadcms/ui/utilities/buildFormState'
import { createLocalReq } from 'payload'

import fs from 'node:fs'

import type { BootedPayload } from '../../helpers/api'

import { FirstUserNotice } from '../../../collections/users/components/FirstUserNotice'
import { bootPayload } from '../../helpers/boot'

const NOTICE = '/collections/users/components/FirstUserNotice#FirstUserNotice'

/**
 * What the admin's forms show, as Payload's own form-state builder computes it for the create-first-user
 * view (nobody signed in) and for an admin creating an account. The create-first-user screen itself needs an
 * empty database, which the e2e server never has (its setup seeds an admin), so the view's form state is
 * built here with the same arguments the view passes.
 */
let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
  // The admin's import map (app/(payload)/admin/importMap.js) loads every admin component; this test needs one.
  booted.payload.importMap = { [NOTICE]: FirstUserNotice } as never
})

async function formFor(user: Record<string, unknown> | null) {
  const req = await createLocalReq({ user: user as never }, booted.payload)
  const fields = booted.payload.collections.users.config.fields
  const allowAll = Object.fromEntries(fields.filter((f) => 'name' in f).map((f) => [(f as { name: string }).name, { create: true, read: true, update: true }]))
  const { state } = await buildFormState({
    collectionSlug: 'users',
    data: {},
    docPermissions: { create: true, delete: true, fields: allowAll, read: true, readVersions: true, update: true } as never,
    docPreferences: { fields: {} },
    operation: 'create',
    renderAllFields: false,
    req,
    schemaPath: 'users',
    skipClientConfigAuth: true,
    skipValidation: true,
  })
  const shown = (path: string) => state[path]?.passesCondition !== false
  return { shown, state }
}

describe('the create-first-user form says what will happen', () => {
  it('shows no role and no organisation, and says the account becomes an administrator', async () => {
    const { shown, state } = await formFor(null)
    expect(state.roles?.value).toEqual(['vendor']) // the default is still there, it is only not shown
    expect(shown('roles')).toBe(false)
    expect(shown('organisation')).toBe(false)
    expect(shown('firstUserNotice')).toBe(true)
    expect(fs.readFileSync('app/(payload)/admin/importMap.js', 'utf8')).toContain(`"${NOTICE}"`)
  })

  it('an admin creating an account still chooses roles, and sees no first-user notice', async () => {
    const { shown } = await formFor({ id: 1, roles: ['admin'], collection: 'users', email: 'a@test.videoveileder.no' })
    expect(shown('roles')).toBe(true)
    expect(shown('firstUserNotice')).toBe(false)
  })
})
