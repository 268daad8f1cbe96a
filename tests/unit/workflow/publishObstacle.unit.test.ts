import { publishObstacle, type PublishCheck } from '../../../src/workflow/publishObstacle'

const base: PublishCheck = { actor: 'editor', userId: 1, secondPairOfEyes: true, state: 'in-review', changedBy: [2] }

describe('the second pair of eyes', () => {
  it('another editor publishes a draft in review', () => {
    expect(publishObstacle(base)).toEqual({ allowed: true, forced: false })
  })

  it('an editor who changed the draft may not publish it, and cannot force it', () => {
    const verdict = publishObstacle({ ...base, changedBy: [2, '1'], forceReason: 'Haster' })
    expect(verdict).toMatchObject({ allowed: false, forceable: false })
    expect(verdict.allowed === false && verdict.message.nb).toMatch(/En annen redaktør/)
  })

  it('a draft not sent for review is not published, even by someone else', () => {
    expect(publishObstacle({ ...base, state: 'draft' })).toMatchObject({ allowed: false, forceable: false })
    expect(publishObstacle({ ...base, state: 'changes-requested' })).toMatchObject({ allowed: false })
  })

  it('an admin forces past either obstacle only with a reason', () => {
    const admin = { ...base, actor: 'admin', changedBy: [1] }
    expect(publishObstacle(admin)).toMatchObject({ allowed: false, forceable: true })
    expect(publishObstacle({ ...admin, forceReason: '   ' })).toMatchObject({ allowed: false, forceable: true })
    expect(publishObstacle({ ...admin, forceReason: 'Feil tall på forsiden' })).toEqual({ allowed: true, forced: true })
    expect(publishObstacle({ ...admin, changedBy: [], state: 'draft', forceReason: 'Haster' })).toEqual({ allowed: true, forced: true })
  })

  it('with the setting off, staff publish their own change from any state', () => {
    expect(publishObstacle({ ...base, secondPairOfEyes: false, changedBy: [1], state: 'draft' })).toEqual({ allowed: true, forced: false })
  })

  it('nobody but staff publishes, whatever the setting', () => {
    expect(publishObstacle({ ...base, actor: 'vendor' })).toMatchObject({ allowed: false, forceable: false })
    expect(publishObstacle({ ...base, actor: 'vendor', secondPairOfEyes: false })).toMatchObject({ allowed: false })
  })
})
