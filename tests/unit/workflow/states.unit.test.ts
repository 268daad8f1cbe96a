import {
  canTransition,
  commentRequired,
  nextStates,
  stateAfterDraftSave,
  stateLabel,
  STATE_LABELS,
  TRANSITIONS,
  WORKFLOW_STATES,
} from '../../../src/workflow/states'

// The review state machine (issue 11 item 5; issue 12's vendor review uses the same one).

describe('who may ask for which transition', () => {
  it.each([
    ['draft', 'author', ['in-review']],
    ['draft', 'reviewer', []],
    ['in-review', 'author', []],
    ['in-review', 'reviewer', ['changes-requested', 'rejected']],
    ['changes-requested', 'author', ['in-review']],
    ['changes-requested', 'reviewer', []],
    ['published', 'author', []],
    ['published', 'reviewer', []],
    ['rejected', 'author', []],
    ['rejected', 'reviewer', []],
  ] as const)('from %s a %s may ask for %j', (state, actor, expected) => {
    expect(nextStates(state, actor)).toEqual(expected)
  })

  it('staff are authors and reviewers at once', () => {
    expect(nextStates('in-review', ['author', 'reviewer'])).toEqual(['changes-requested', 'rejected'])
    expect(nextStates('draft', ['author', 'reviewer'])).toEqual(['in-review'])
  })

  it('publishing is a reviewer transition from in-review that happens only by publishing', () => {
    expect(canTransition('in-review', 'published', 'reviewer')).toBe(false)
    expect(canTransition('in-review', 'published', 'reviewer', 'publish')).toBe(true)
    expect(canTransition('in-review', 'published', 'author', 'publish')).toBe(false)
    expect(canTransition('draft', 'published', 'reviewer', 'publish')).toBe(false)
  })

  it('a vendor (an author only) cannot take a reviewer transition', () => {
    expect(canTransition('in-review', 'changes-requested', 'author')).toBe(false)
    expect(canTransition('in-review', 'rejected', 'author')).toBe(false)
    expect(canTransition('draft', 'in-review', 'author')).toBe(true)
  })
})

describe('comments and saves', () => {
  it('asking for changes and rejecting need a comment; sending for review does not', () => {
    expect(commentRequired('in-review', 'changes-requested')).toBe(true)
    expect(commentRequired('in-review', 'rejected')).toBe(true)
    expect(commentRequired('draft', 'in-review')).toBe(false)
    expect(commentRequired('changes-requested', 'in-review')).toBe(false)
    expect(commentRequired('draft', 'rejected')).toBe(false)
  })

  it('new content on a published, rejected or in-review document makes it a draft; asked-for changes and drafts stay', () => {
    expect(stateAfterDraftSave('published')).toBe('draft')
    expect(stateAfterDraftSave('rejected')).toBe('draft')
    expect(stateAfterDraftSave('in-review')).toBe('draft')
    expect(stateAfterDraftSave('changes-requested')).toBe('changes-requested')
    expect(stateAfterDraftSave('draft')).toBe('draft')
  })

  it('every transition joins two known states, and no state is left without a way in', () => {
    for (const t of TRANSITIONS) expect(WORKFLOW_STATES).toEqual(expect.arrayContaining([t.from, t.to]))
    for (const state of WORKFLOW_STATES.filter((s) => s !== 'draft')) expect(TRANSITIONS.some((t) => t.to === state)).toBe(true)
  })
})

describe('labels', () => {
  it('a vendor entry in review is "Sendt inn"; an article is "Klar til gjennomgang"', () => {
    expect(stateLabel('in-review', 'vendors')).toBe('Sendt inn')
    expect(stateLabel('in-review', 'articles')).toBe('Klar til gjennomgang')
    expect(stateLabel('in-review', 'articles', 'en')).toBe('Ready for review')
  })

  it('every state has a label in both languages for both kinds', () => {
    for (const kind of Object.values(STATE_LABELS)) {
      for (const state of WORKFLOW_STATES) expect(kind[state].nb.length * kind[state].en.length).toBeGreaterThan(0)
    }
  })
})
