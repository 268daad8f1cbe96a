import { evaluateRule } from '../../../src/access/accessFor'
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
  const user = { id: 7, roles: ['vendor'] } as never
  it('turns rules into booleans or where clauses', () => {
    expect(evaluateRule(true, { user: null })).toBe(true)
    expect(evaluateRule(false, { user })).toBe(false)
    expect(evaluateRule('published', { user: null })).toEqual({ _status: { equals: 'published' } })
    expect(evaluateRule('self', { user })).toEqual({ id: { equals: 7 } })
    expect(evaluateRule('own', { user })).toEqual({ owner: { equals: 7 } })
  })

  it('denies self and own rules to anonymous readers', () => {
    expect(evaluateRule('self', { user: null })).toBe(false)
    expect(evaluateRule('own', { user: null })).toBe(false)
  })
})
