import type { BootedPayload } from '../../helpers/api'

import { createAdminFromEnv } from '../../../src/db/createAdminFromEnv'
import { bootPayload } from '../../helpers/boot'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload()
})

const userCount = async () => (await booted.payload.count({ collection: 'users', overrideAccess: true })).totalDocs

describe('the first account', () => {
  it('the create-first-user screen makes the first account an admin, whatever role it asks for', async () => {
    expect(await userCount()).toBe(0)
    const response = await booted.api.post('/users/first-register', {
      body: { email: 'forste@test.videoveileder.no', password: 'Riktig-hest-batteri-42', name: 'Første', roles: ['vendor'] },
    })
    expect(response.status).toBe(200)
    const stored = await booted.payload.find({ collection: 'users', overrideAccess: true })
    expect(stored.docs.map((u) => u.roles)).toEqual([['admin']])
  })

  it('refuses a second first-register, and anonymous sign-up', async () => {
    const body = { email: 'andre@test.videoveileder.no', password: 'Riktig-hest-batteri-42', name: 'Andre', roles: ['admin'] }
    expect((await booted.api.post('/users/first-register', { body })).status).toBe(403)
    expect((await booted.api.post('/users', { body })).status).toBe(403)
    expect(await userCount()).toBe(1)
  })

  it('ADMIN_EMAIL creates nobody once a user exists', async () => {
    process.env.ADMIN_EMAIL = 'env-admin@test.videoveileder.no'
    process.env.ADMIN_PASSWORD = 'Riktig-hest-batteri-42'
    try {
      await createAdminFromEnv(booted.payload)
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
    expect(await userCount()).toBe(1)
  })

  it('a later account an admin creates gets no admin role unless given one', async () => {
    const token = await booted.api.login('forste@test.videoveileder.no', 'Riktig-hest-batteri-42')
    const response = await booted.api.post('/users', {
      body: { email: 'redaktor@test.videoveileder.no', password: 'Riktig-hest-batteri-42', name: 'Red', roles: ['editor'] },
      token,
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { roles: string[] } }).doc.roles).toEqual(['editor'])
  })
})

describe('ADMIN_EMAIL on an empty database', () => {
  it('creates exactly one admin', async () => {
    await booted.payload.delete({ collection: 'users', where: { id: { exists: true } }, overrideAccess: true })
    process.env.ADMIN_EMAIL = 'env-admin@test.videoveileder.no'
    process.env.ADMIN_PASSWORD = 'Riktig-hest-batteri-42'
    try {
      await createAdminFromEnv(booted.payload)
      await createAdminFromEnv(booted.payload)
    } finally {
      delete process.env.ADMIN_EMAIL
      delete process.env.ADMIN_PASSWORD
    }
    const users = await booted.payload.find({ collection: 'users', overrideAccess: true })
    expect(users.docs.map((u) => [u.email, u.roles])).toEqual([['env-admin@test.videoveileder.no', ['admin']]])
  })
})
