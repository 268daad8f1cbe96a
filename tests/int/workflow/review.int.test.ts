import type { CollectionSlug } from 'payload'

import type { Actor } from '../../fixtures/users'
import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { graphqlFor } from '../../helpers/graphql'
import { changedByIds, createSecondEditor, mainDoc, newest, setSecondPairOfEyes, transition, workflowStatus } from '../../helpers/workflow'

// Review before publishing (issue 11 item 5) and the change note a publish needs (item 6).

const { booted, actors, category } = bootWithCategory()
const second = {} as Actor

beforeAll(async () => {
  Object.assign(second, await createSecondEditor(booted.payload, booted.api))
})

type Id = number | string

/** A new article draft written by one user over REST. */
async function draftBy(token: string, title = `Råd ${unique()}`): Promise<Id> {
  const response = await booted.api.post('/articles?draft=true', { body: { title }, token })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: Id } }).doc.id
}

const publish = (id: Id, token: string, body: Record<string, unknown> = {}) =>
  booted.api.patch(`/articles/${id}`, { body: { _status: 'published', ...body }, token })

const commentsOn = async (id: Id) =>
  (await booted.payload.find({ collection: 'review-comments' as CollectionSlug, where: { docId: { equals: String(id) } }, overrideAccess: true, sort: 'createdAt', depth: 0 })).docs as unknown as Record<string, any>[]

describe('the review journey over REST', () => {
  beforeAll(() => setSecondPairOfEyes(booted.payload, true))

  it('an editor sends for review, a second editor asks for changes, the author resubmits, the second publishes with a change note', async () => {
    const id = await draftBy(actors.editor.token)
    expect(await newest(booted.payload, 'articles', id)).toMatchObject({ workflow: { state: 'draft' } })
    expect(changedByIds(await newest(booted.payload, 'articles', id))).toEqual([String(actors.editor.id)])

    expect(await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })).toEqual({ status: 200, json: { state: 'in-review' } })

    const withoutComment = await transition(booted.api, second.token, { collection: 'articles', id, to: 'changes-requested' })
    expect(withoutComment.status).toBe(400)
    expect(withoutComment.json.errors[0].message).toMatch(/kommentar/)
    expect({ state: (await newest(booted.payload, 'articles', id)).workflow.state, comments: (await commentsOn(id)).length }).toEqual({ state: 'in-review', comments: 0 })

    const asked = await transition(booted.api, second.token, { collection: 'articles', id, to: 'changes-requested', comment: 'Kilden mangler.' })
    expect(asked).toEqual({ status: 200, json: { state: 'changes-requested' } })
    expect(await commentsOn(id)).toMatchObject([{ body: 'Kilden mangler.', author: second.id, transition: 'changes-requested', collection: 'articles' }])

    const fixed = await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Med kilde.' }, token: actors.editor.token })
    expect(fixed.status).toBe(200)
    // Fixing what was asked for keeps the state: the author sends it back when done.
    expect((await newest(booted.payload, 'articles', id)).workflow.state).toBe('changes-requested')
    expect(await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })).toEqual({ status: 200, json: { state: 'in-review' } })

    const status = await workflowStatus(booted.api, second.token, 'articles', id)
    expect(status.json).toMatchObject({ state: 'in-review', mayPublish: true })
    expect(status.json.comments).toMatchObject([{ body: 'Kilden mangler.', author: 'Siri Redaktør' }])

    const published = await publish(id, second.token, { changeNote: 'Kilde lagt til.' })
    expect(published.status).toBe(200)
    const stored = await mainDoc(booted.payload, 'articles', id)
    expect({ status: stored._status, state: stored.workflow.state, changedBy: changedByIds(stored), lead: stored.lead }).toEqual({
      status: 'published',
      state: 'published',
      changedBy: [],
      lead: 'Med kilde.',
    })
    // Each review decision is in the audit log, with who took it.
    const reviews = await booted.payload.find({ collection: 'audit-log' as CollectionSlug, where: { and: [{ action: { equals: 'review' } }, { docId: { equals: String(id) } }] }, sort: 'createdAt', overrideAccess: true, depth: 0 })
    expect(reviews.docs.map((d: any) => [d.detail.split(':')[0], String(d.actor)])).toEqual([
      ['draft -> in-review', String(actors.editor.id)],
      ['in-review -> changes-requested', String(second.id)],
      ['changes-requested -> in-review', String(actors.editor.id)],
    ])
  })

  it('a new draft of a published document is a draft again, with its writer as the one who changed it', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect((await publish(id, second.token, { changeNote: 'Første versjon' })).status).toBe(200)
    expect((await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Ny runde' }, token: second.token })).status).toBe(200)
    const stored = await newest(booted.payload, 'articles', id)
    expect({ state: stored.workflow.state, changedBy: changedByIds(stored), public: (await mainDoc(booted.payload, 'articles', id))._status }).toEqual({
      state: 'draft',
      changedBy: [String(second.id)],
      public: 'published',
    })
  })

  it('a content change saved while in review (by anyone, an autosave too) makes it a draft again, to be sent for review again', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect((await booted.api.patch(`/articles/${id}?draft=true`, { body: { changeNote: 'Bare merknaden' }, token: actors.editor.token })).status).toBe(200)
    expect((await newest(booted.payload, 'articles', id)).workflow.state).toBe('in-review')
    expect((await booted.api.patch(`/articles/${id}?draft=true&autosave=true`, { body: { lead: 'Skrevet om' }, token: actors.editor.token })).status).toBe(200)
    expect((await newest(booted.payload, 'articles', id)).workflow.state).toBe('draft')
    expect((await workflowStatus(booted.api, second.token, 'articles', id)).json).toMatchObject({ state: 'draft', mayPublish: false })

    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect((await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Rettet av korrekturleser' }, token: second.token })).status).toBe(200)
    const stored = await newest(booted.payload, 'articles', id)
    expect({ state: stored.workflow.state, changedBy: changedByIds(stored).sort() }).toEqual({ state: 'draft', changedBy: [String(actors.editor.id), String(second.id)].sort() })
  })

  it('a stale save is not told that a colleague who only sent the draft for review changed the text', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    await transition(booted.api, second.token, { collection: 'articles', id, to: 'changes-requested', comment: 'Kilden mangler.' })
    const copy = await newest(booted.payload, 'articles', id)
    expect((await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Med kilde.' }, token: actors.editor.token })).status).toBe(200)
    // The second editor (staff may send for review too) only moves the state.
    expect((await transition(booted.api, second.token, { collection: 'articles', id, to: 'in-review' })).status).toBe(200)
    const stale = await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Fra en gammel kopi', updatedAt: copy.updatedAt }, token: actors.admin.token })
    expect(stale.status).toBe(409)
    expect(JSON.stringify(await stale.json())).not.toContain('Siri Redaktør')
  })

  it('publishing without a change note and not minor is refused with 400 and nothing is stored; a minor change needs none', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    const refused = await publish(id, second.token)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/endringsmerknad/)
    const after = await newest(booted.payload, 'articles', id)
    expect({ status: after._status, main: (await mainDoc(booted.payload, 'articles', id))._status, state: after.workflow.state }).toEqual({ status: 'draft', main: 'draft', state: 'in-review' })

    expect((await publish(id, second.token, { minorChange: true })).status).toBe(200)
    expect((await mainDoc(booted.payload, 'articles', id))._status).toBe('published')
  })

  it('the author publishing their own change is refused with 403 naming who may publish, and the document stays a draft', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    const refused = await publish(id, actors.editor.token, { changeNote: 'Min egen endring' })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toMatch(/En annen redaktør eller en administrator må publisere det/)
    expect((await newest(booted.payload, 'articles', id))._status).toBe('draft')
    expect(await workflowStatus(booted.api, actors.editor.token, 'articles', id)).toMatchObject({
      status: 200,
      json: { mayPublish: false, reason: expect.stringMatching(/Du har selv endret dette utkastet/) },
    })
  })

  it('a second editor who changes the draft while publishing is one of its authors too', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect((await publish(id, second.token, { lead: 'Min rettelse', changeNote: 'Rettet' })).status).toBe(403)
    expect((await newest(booted.payload, 'articles', id))._status).toBe('draft')
  })

  it('a draft not sent for review is not published, even by another editor', async () => {
    const id = await draftBy(actors.editor.token)
    const refused = await publish(id, second.token, { changeNote: 'Ny' })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toMatch(/ikke sendt til gjennomgang/)
  })

  it('an admin forces a publish only with a reason; it is then marked for review afterwards and audited', async () => {
    const id = await draftBy(actors.admin.token)
    expect((await publish(id, actors.admin.token, { changeNote: 'Haster' })).status).toBe(403)
    expect((await newest(booted.payload, 'articles', id))._status).toBe('draft')
    const status = await workflowStatus(booted.api, actors.admin.token, 'articles', id)
    expect(status.json).toMatchObject({ mayPublish: false, forceable: true })

    const forced = await publish(id, actors.admin.token, { changeNote: 'Haster', workflow: { forceReason: 'Feil telefonnummer på forsiden' } })
    expect(forced.status).toBe(200)
    const stored = await mainDoc(booted.payload, 'articles', id)
    expect({ status: stored._status, state: stored.workflow.state, review: stored.workflow.reviewAfterPublish, reason: stored.workflow.forceReason ?? null }).toEqual({
      status: 'published',
      state: 'published',
      review: true,
      reason: null,
    })
    const audit = await booted.payload.find({ collection: 'audit-log' as CollectionSlug, where: { and: [{ action: { equals: 'force-publish' } }, { docId: { equals: String(id) } }] }, overrideAccess: true })
    expect(audit.docs).toMatchObject([{ detail: 'Feil telefonnummer på forsiden', collection: 'articles' }])
    expect((await workflowStatus(booted.api, actors.admin.token, 'articles', id)).json.reviewAfterPublish).toBe(true)
  })

  it('an editor cannot force: the reason is not theirs to give', async () => {
    const id = await draftBy(actors.editor.token)
    const refused = await publish(id, actors.editor.token, { changeNote: 'Haster', workflow: { forceReason: 'Jeg vil' } })
    expect(refused.status).toBe(403)
    expect((await newest(booted.payload, 'articles', id))._status).toBe('draft')
  })
})

describe("a scheduled publish (Payload's schedulePublish job) is checked as the user who scheduled it when it runs", () => {
  beforeAll(() => setSecondPairOfEyes(booted.payload, true))

  async function runScheduled(id: Id, userId: Id) {
    const queue = booted.payload.jobs.queue as (args: { task: string; input: unknown }) => Promise<{ id: Id }>
    const job = await queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: userId } } })
    await booted.payload.jobs.run()
    const ran = (await booted.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true })) as { error?: { message?: string } | null } | null
    return ran?.error?.message ?? ''
  }

  it("the author's own scheduled publish fails at its time; the second editor's publishes the draft with its note", async () => {
    const id = await draftBy(actors.editor.token)
    await booted.api.patch(`/articles/${id}?draft=true`, { body: { changeNote: 'Planlagt' }, token: actors.editor.token })
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect(await runScheduled(id, actors.editor.id)).toMatch(/En annen redaktør/)
    expect((await mainDoc(booted.payload, 'articles', id))._status).toBe('draft')
    expect(await runScheduled(id, second.id)).toBe('')
    expect((await mainDoc(booted.payload, 'articles', id))).toMatchObject({ _status: 'published', workflow: { state: 'published' } })
  })

  it('a scheduled publish of a draft without a change note fails at its time', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    expect(await runScheduled(id, second.id)).toMatch(/endringsmerknad|Endringsmerknad/)
    expect((await mainDoc(booted.payload, 'articles', id))._status).toBe('draft')
  })
})

describe('the review over GraphQL', () => {
  beforeAll(() => setSecondPairOfEyes(booted.payload, true))
  const gql = () => graphqlFor(booted.api, 'articles')

  it('the author cannot publish their own draft; the second editor needs a change note and then publishes', async () => {
    const id = await draftBy(actors.editor.token)
    await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })
    const own = await gql().update(id, { _status: 'published', changeNote: 'Egen' }, actors.editor.token)
    expect({ ok: own.ok, errors: own.errors }).toEqual({ ok: false, errors: expect.stringMatching(/En annen redaktør/) })
    const noNote = await gql().update(id, { _status: 'published' }, second.token)
    expect({ ok: noNote.ok, errors: noNote.errors }).toEqual({ ok: false, errors: expect.stringMatching(/endringsmerknad/) })
    expect((await newest(booted.payload, 'articles', id))._status).toBe('draft')
    expect((await gql().update(id, { _status: 'published', changeNote: 'Gjennomgått' }, second.token)).ok).toBe(true)
    expect((await mainDoc(booted.payload, 'articles', id)).workflow.state).toBe('published')
  })

  it('an admin forces over GraphQL only with a reason', async () => {
    const id = await draftBy(actors.admin.token)
    expect((await gql().update(id, { _status: 'published', changeNote: 'Haster' }, actors.admin.token)).ok).toBe(false)
    expect((await gql().update(id, { _status: 'published', changeNote: 'Haster', workflow: { forceReason: 'Ingen andre på vakt' } }, actors.admin.token)).ok).toBe(true)
    expect((await mainDoc(booted.payload, 'articles', id)).workflow.reviewAfterPublish).toBe(true)
  })
})

describe('with the second pair of eyes off', () => {
  beforeAll(() => setSecondPairOfEyes(booted.payload, false))
  afterAll(() => setSecondPairOfEyes(booted.payload, true))

  it('the author publishes their own draft straight from draft (REST and GraphQL), with a change note', async () => {
    const id = await draftBy(actors.editor.token)
    expect((await workflowStatus(booted.api, actors.editor.token, 'articles', id)).json.mayPublish).toBe(true)
    expect((await publish(id, actors.editor.token, { changeNote: 'Første versjon' })).status).toBe(200)
    expect((await mainDoc(booted.payload, 'articles', id))._status).toBe('published')
    const other = await draftBy(actors.editor.token)
    expect((await graphqlFor(booted.api, 'articles').update(other, { _status: 'published', changeNote: 'Ny' }, actors.editor.token)).ok).toBe(true)
  })

  it('still needs a change note', async () => {
    const id = await draftBy(actors.editor.token)
    expect((await publish(id, actors.editor.token)).status).toBe(400)
  })
})

describe('what clients cannot write', () => {
  beforeAll(() => setSecondPairOfEyes(booted.payload, true))

  it('a vendor cannot set workflow.state on its own entry, by REST or GraphQL', async () => {
    const response = await booted.api.post('/vendors?draft=true', { body: vendorData(category.id), token: actors.vendorA.token })
    expect(response.status).toBe(201)
    const id = ((await response.json()) as { doc: { id: Id } }).doc.id
    await booted.api.patch(`/vendors/${id}?draft=true`, { body: { workflow: { state: 'published' } }, token: actors.vendorA.token })
    await graphqlFor(booted.api, 'vendors').update(id, { workflow: { state: 'in-review' } }, actors.vendorA.token, true)
    expect((await newest(booted.payload, 'vendors', id)).workflow.state).toBe('draft')
  })

  it('a vendor sends its own entry in but cannot take a reviewer transition', async () => {
    const response = await booted.api.post('/vendors?draft=true', { body: vendorData(category.id), token: actors.vendorA.token })
    const id = ((await response.json()) as { doc: { id: Id } }).doc.id
    expect(await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id, to: 'in-review' })).toEqual({ status: 200, json: { state: 'in-review' } })
    for (const to of ['changes-requested', 'rejected']) {
      expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id, to, comment: 'Ser bra ut' })).status).toBe(403)
    }
    expect((await transition(booted.api, actors.vendorB.token, { collection: 'vendors', id, to: 'in-review' })).status).toBe(404)
    expect((await newest(booted.payload, 'vendors', id)).workflow.state).toBe('in-review')
  })

  it('a client cannot write workflow.changedBy or the mark for review afterwards', async () => {
    const id = await draftBy(actors.editor.token)
    await booted.api.patch(`/articles/${id}?draft=true`, { body: { lead: 'Endret', workflow: { changedBy: [second.id], reviewAfterPublish: true } }, token: actors.editor.token })
    await graphqlFor(booted.api, 'articles').update(id, { workflow: { changedBy: [actors.admin.id] } }, actors.admin.token, true)
    const stored = await newest(booted.payload, 'articles', id)
    expect({ changedBy: changedByIds(stored), review: stored.workflow.reviewAfterPublish }).toEqual({ changedBy: [String(actors.editor.id)], review: false })
  })

  it('nobody edits or deletes a review comment, by REST or GraphQL', async () => {
    const id = await draftBy(actors.editor.token)
    const created = await booted.api.post('/review-comments', { body: { collection: 'articles', docId: String(id), body: 'Første', author: second.id, transition: 'published' }, token: actors.editor.token })
    expect(created.status).toBe(201)
    const comment = ((await created.json()) as { doc: Record<string, any> }).doc
    expect({ author: comment.author?.id ?? comment.author, transition: comment.transition ?? null }).toEqual({ author: actors.editor.id, transition: null })
    const gql = graphqlFor(booted.api, 'review-comments')
    for (const actor of [actors.editor, actors.admin, actors.vendorA]) {
      expect((await booted.api.patch(`/review-comments/${comment.id}`, { body: { body: 'Endret' }, token: actor.token })).status).toBe(403)
      expect((await booted.api.delete(`/review-comments/${comment.id}`, { token: actor.token })).status).toBe(403)
      expect((await gql.update(comment.id, { body: 'Endret' }, actor.token)).ok).toBe(false)
      expect((await gql.delete(comment.id, actor.token)).ok).toBe(false)
    }
    expect((await commentsOn(id)).map((c) => c.body)).toEqual(['Første'])
  })
})

describe('the endpoints refuse bad requests and write nothing', () => {
  it.each([
    ['an empty body', {}],
    ['a collection without review', { collection: 'users', id: '1', to: 'in-review' }],
    ['an unknown state', { collection: 'articles', id: '1', to: 'ferdig' }],
    ['a malformed id', { collection: 'articles', id: '1 OR 1', to: 'in-review' }],
    ['a comment over 2000 characters', { collection: 'articles', id: '1', to: 'in-review', comment: 'x'.repeat(2001) }],
    ['a publish (the Publish button does that)', { collection: 'articles', id: '1', to: 'published' }],
  ])('POST /api/workflow/transition with %s answers 400', async (_name, body) => {
    const before = (await booted.payload.count({ collection: 'review-comments' as CollectionSlug, overrideAccess: true })).totalDocs
    const answer = await transition(booted.api, actors.editor.token, body)
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].message).toMatch(/Ugyldig|Publiser-knappen/)
    expect((await booted.payload.count({ collection: 'review-comments' as CollectionSlug, overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a transition from the wrong state answers 409 and changes nothing', async () => {
    const id = await draftBy(actors.editor.token)
    const answer = await transition(booted.api, second.token, { collection: 'articles', id, to: 'changes-requested', comment: 'For tidlig' })
    expect(answer.status).toBe(409)
    expect({ state: (await newest(booted.payload, 'articles', id)).workflow.state, comments: (await commentsOn(id)).length }).toEqual({ state: 'draft', comments: 0 })
  })

  it('without a login both endpoints answer 401', async () => {
    expect((await transition(booted.api, undefined, { collection: 'articles', id: '1', to: 'in-review' })).status).toBe(401)
    expect((await workflowStatus(booted.api, undefined, 'articles', 1)).status).toBe(401)
  })

  it('GET /api/workflow/status with a bad collection answers 400', async () => {
    expect((await workflowStatus(booted.api, actors.editor.token, 'users', 1)).status).toBe(400)
  })
})
