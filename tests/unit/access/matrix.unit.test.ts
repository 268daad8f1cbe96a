import { evaluateRule, scopeFor } from '../../../src/access/accessFor'
import { actorOf, rolesOf } from '../../../src/access/roles'

describe('actorOf', () => {
  it('judges a user by the strongest role', () => {
    expect(actorOf({ user: { roles: ['vendor', 'editor'] } as never })).toBe('editor')
    expect(actorOf({ user: { roles: ['admin', 'vendor'] } as never })).toBe('admin')
  })

  it('fails closed on a missing or malformed role list', () => {
    expect(actorOf({ user: null })).toBe('anonymous')
    expect(actorOf({ user: { roles: 'admin' } as never })).toBe('anonymous')
    expect(actorOf({ user: { roles: ['superuser'] } as never })).toBe('anonymous')
    expect(rolesOf({ roles: ['admin', 42, 'root'] })).toEqual(['admin'])
  })
})

describe('evaluateRule', () => {
  const user = { id: 7, roles: ['vendor'], organisation: 3 } as never
  it('turns rules into booleans or where clauses', () => {
    expect(evaluateRule(true, { user: null })).toBe(true)
    expect(evaluateRule(false, { user })).toBe(false)
    expect(evaluateRule('published', { user: null })).toEqual({ _status: { equals: 'published' } })
    expect(evaluateRule('self', { user })).toEqual({ id: { equals: 7 } })
  })

  it("'own' is the organisation the user belongs to, populated or not", () => {
    expect(evaluateRule('own', { user })).toEqual({ owner: { equals: 3 } })
    expect(evaluateRule('own', { user: { id: 7, roles: ['vendor'], organisation: { id: 4, name: 'X' } } as never })).toEqual({ owner: { equals: 4 } })
  })

  it("'own' is on version.owner for versions, and on the id for the organisations themselves", () => {
    expect(evaluateRule('own', { user }, scopeFor('vendors', 'readVersions'))).toEqual({ 'version.owner': { equals: 3 } })
    expect(evaluateRule('own', { user }, scopeFor('vendor-organisations', 'read'))).toEqual({ id: { equals: 3 } })
  })

  it('a list of conditions means any of them', () => {
    expect(evaluateRule(['published', 'own'], { user })).toEqual({ or: [{ _status: { equals: 'published' } }, { owner: { equals: 3 } }] })
    expect(evaluateRule(['published', 'own'], { user: null })).toEqual({ _status: { equals: 'published' } })
    expect(evaluateRule(['self', 'own'], { user: null })).toBe(false)
  })

  it('denies self and own rules to anonymous readers, and own to a vendor without an organisation', () => {
    expect(evaluateRule('self', { user: null })).toBe(false)
    expect(evaluateRule('own', { user: null })).toBe(false)
    expect(evaluateRule('own', { user: { id: 7, roles: ['vendor'], organisation: null } as never })).toBe(false)
  })
})
