import { renderToStaticMarkup } from 'react-dom/server'

import { InvitationAccepted } from '../../../src/admin/login/InvitationAccepted'
import { stateOf } from '../../../src/invitations/invitation'
import { problemsOf } from '../../../src/invitations/accept'

describe('the login page after an accepted invitation', () => {
  it('says the account is ready, in the admin language', () => {
    expect(renderToStaticMarkup(InvitationAccepted({ searchParams: { invitasjon: 'godtatt' }, i18n: { language: 'nb' } }))).toContain('Kontoen er klar')
    expect(renderToStaticMarkup(InvitationAccepted({ searchParams: { invitasjon: 'godtatt' }, i18n: { language: 'en' } }))).toContain('Your account is ready')
  })

  it('says nothing on an ordinary login', () => {
    expect(InvitationAccepted({ searchParams: {} })).toBeNull()
    expect(InvitationAccepted({ searchParams: { invitasjon: 'noe-annet' } })).toBeNull()
  })
})

describe("an invitation's state", () => {
  const now = new Date('2026-12-01T12:00:00Z')
  it('is queued before the mail, sent while the link works, expired after, accepted once used', () => {
    expect(stateOf({ expiresAt: null, acceptedAt: null }, now)).toBe('queued')
    expect(stateOf({ expiresAt: '2026-12-01T12:00:01Z', acceptedAt: null }, now)).toBe('sent')
    expect(stateOf({ expiresAt: '2026-12-01T12:00:00Z', acceptedAt: null }, now)).toBe('expired')
    expect(stateOf({ expiresAt: '2026-11-01T00:00:00Z', acceptedAt: '2026-10-30T00:00:00Z' }, now)).toBe('accepted')
  })
})

describe('the accept form checks', () => {
  it('a name and a password of 12 to 256 characters', () => {
    expect(problemsOf({ name: 'Kari', password: 'x'.repeat(12) })).toEqual({})
    expect(problemsOf({ name: ' ', password: 'x'.repeat(11) })).toEqual({ name: 'name-missing', password: 'password-short' })
    expect(problemsOf({ name: 'n'.repeat(121), password: 'x'.repeat(257) })).toEqual({ name: 'name-long', password: 'password-long' })
  })
})
