import { jest } from '@jest/globals'
import { createLocalReq, type CollectionSlug, type PayloadRequest } from 'payload'

import { FIXTURE_PASSWORD, type Actor } from '../../fixtures/users'
import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { giveVendorsOrganisations, type Organisations } from '../../helpers/organisations'
import { smtpEnv, startSmtpCapture, type CapturedMail, type SmtpCapture } from '../../helpers/smtp'
import { createSecondEditor, mainDoc, newest, setSecondPairOfEyes, transition, workflowStatus } from '../../helpers/workflow'

// Issue 12 items 3-5: a vendor's entry on the one review machine (src/workflow/): draft -> submitted -> changes
// requested <-> submitted -> approved (the publish) or rejected, each step's comment kept on the entry and read
// by the vendor; what the public sees until an editor approves a change; the field difference; the e-mails of
// each step, read from a real SMTP server; the editors' queue "Til vurdering". Two organisations, two members each.

// The content module caches the public's reads in Next's data cache, which needs a Next request: uncached here.
jest.unstable_mockModule('server-only', () => ({}), { virtual: true })
jest.unstable_mockModule('next/cache', () => ({ unstable_cache: <T>(read: T) => read }))
type Content = typeof import('../../../src/content/index')
let content: Content

let capture: SmtpCapture
// Before Payload boots (the next beforeAll), which reads the SMTP settings once.
beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port), { MAIL_RETRY_DELAY_MS: '0' })
})

const { booted, actors, category } = bootWithCategory()
const orgs = {} as Organisations
/** The second member of each organisation, and the second editor (the second pair of eyes). */
const vendorA2 = {} as Actor
const vendorB2 = {} as Actor
const second = {} as Actor

type Id = number | string
type Doc = Record<string, any>

async function member(organisation: Id, name: string): Promise<Actor> {
  const email = `medlem-${unique()}@test.videoveileder.no`
  const doc = await booted.payload.create({ collection: 'users', data: { email, password: FIXTURE_PASSWORD, name, roles: ['vendor'], organisation } as never, overrideAccess: true })
  return { id: doc.id, email, token: await booted.api.login(email, FIXTURE_PASSWORD) }
}

async function siteSettings(vendorReviewEmail: string | null) {
  await booted.payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' }, secondPairOfEyes: true, vendorReviewEmail } as never,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  Object.assign(orgs, await giveVendorsOrganisations(booted.payload, actors))
  Object.assign(vendorA2, await member(orgs.orgA.id, 'Vilde Leverandør A2'))
  Object.assign(vendorB2, await member(orgs.orgB.id, 'Viggo Leverandør B2'))
  Object.assign(second, await createSecondEditor(booted.payload, booted.api))
  await setSecondPairOfEyes(booted.payload, true)
  await siteSettings(null)
  content = await import('../../../src/content/index')
})

afterAll(async () => {
  await capture.close()
})

const orgName = async (id: Id) => ((await booted.payload.findByID({ collection: 'vendor-organisations', id, overrideAccess: true })) as Doc).name as string
const membersA = () => [actors.vendorA.email, vendorA2.email].sort()
const membersB = () => [actors.vendorB.email, vendorB2.email]
const editors = () => [actors.editor.email, second.email].sort()

/** Sends what is queued so far and returns how many mails have arrived: the mark for mailsSince. */
async function flushed(): Promise<number> {
  await mailsSince(0)
  return capture.messages.length
}

/** Runs the job queue (the app's autoRun is off under jest) and returns the mails that arrived since `since`. */
async function mailsSince(since: number): Promise<CapturedMail[]> {
  for (let round = 0; round < 3; round++) await booted.payload.jobs.run({ silent: true, limit: 100 })
  await new Promise((resolve) => setTimeout(resolve, 100))
  return capture.messages.slice(since)
}
const about = (mails: CapturedMail[], name: string) => mails.filter((m) => m.subject.includes(name) || m.text.includes(name))
const recipients = (mails: CapturedMail[]) => mails.flatMap((m) => m.to).sort()

/** A new entry of the vendor's organisation, saved as a draft over REST as the vendor saves it. */
async function entryBy(token: string, overrides: Record<string, unknown> = {}): Promise<Doc> {
  const response = await booted.api.post('/vendors?draft=true', { body: vendorData(category.id, { shortDescription: 'Første tekst.', ...overrides }), token })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Doc }).doc
}

const approve = (id: Id, token: string, changeNote = 'Godkjent.') => booted.api.patch(`/vendors/${id}`, { body: { _status: 'published', changeNote }, token })
const commentsOn = async (id: Id) =>
  (await booted.payload.find({ collection: 'review-comments' as CollectionSlug, where: { docId: { equals: String(id) } }, overrideAccess: true, sort: 'createdAt', depth: 0 })).docs as unknown as Doc[]
const adminLink = (id: Id) => `${booted.payload.config.serverURL}/admin/collections/vendors/${id}`

async function reqAs(userId: Id): Promise<PayloadRequest> {
  const user = await booted.payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, booted.payload)
}

describe('a vendor entry through the review, with its comments and e-mails', () => {
  it('draft -> submitted -> changes requested -> submitted -> approved: each step kept, shown to the vendor, and mailed', async () => {
    const mark = await flushed()
    const doc = await entryBy(actors.vendorA.token)
    const name = doc.name as string
    const company = await orgName(orgs.orgA.id)
    expect(await newest(booted.payload, 'vendors', doc.id)).toMatchObject({ owner: orgs.orgA.id, workflow: { state: 'draft' } })
    const created = (await newest(booted.payload, 'vendors', doc.id)).workflow.stateChangedAt as string
    expect(typeof created).toBe('string')

    // Submitted by the vendor (a comment is optional): every editor is told, nobody else.
    const before = Date.now()
    expect(await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review', comment: 'Klar for vurdering.' })).toEqual({ status: 200, json: { state: 'in-review' } })
    const submitted = await newest(booted.payload, 'vendors', doc.id)
    expect(submitted.workflow.state).toBe('in-review')
    expect(new Date(submitted.workflow.stateChangedAt).getTime()).toBeGreaterThanOrEqual(before - 5)
    let mails = about(await mailsSince(mark), name)
    expect(recipients(mails)).toEqual(editors())
    expect(mails[0]!.subject).toBe(`Sendt inn til vurdering: ${name}`)
    expect(mails[0]!.text.trim()).toBe(
      [
        `${company} har sendt inn oppføringen «${name}» til vurdering.`,
        '',
        'Kommentar fra leverandøren:',
        'Klar for vurdering.',
        '',
        'Vurder oppføringen i kontrollpanelet:',
        adminLink(doc.id),
        '',
        '---',
        `English: ${company} has submitted the entry "${name}" for review. Review it in the admin at the address above.`,
      ].join('\n'),
    )

    // Changes requested by an editor: the comment is required, is kept, and goes to every member of organisation A.
    const withoutComment = await transition(booted.api, second.token, { collection: 'vendors', id: doc.id, to: 'changes-requested' })
    expect(withoutComment.status).toBe(400)
    expect(withoutComment.json.errors[0].message).toBe('Skriv en kommentar som sier hva som må endres eller hvorfor.')
    let mark2 = await flushed()
    expect((await transition(booted.api, second.token, { collection: 'vendors', id: doc.id, to: 'changes-requested', comment: 'Legg til lenke til personvernerklæringen.' })).status).toBe(200)
    mails = about(await mailsSince(mark2), name)
    expect(recipients(mails)).toEqual(membersA())
    expect(mails[0]!.subject).toBe(`Endringer ønsket: ${name}`)
    expect(mails[0]!.text.trim()).toBe(
      [
        `Redaksjonen ber om endringer i oppføringen «${name}» før den kan godkjennes.`,
        '',
        'Kommentar fra redaksjonen:',
        'Legg til lenke til personvernerklæringen.',
        '',
        'Gjør endringene og send oppføringen inn på nytt:',
        adminLink(doc.id),
        '',
        '---',
        `English: The editors ask for changes to the entry "${name}" before it can be approved. Their comment is above. Make the changes and submit the entry again.`,
      ].join('\n'),
    )

    // The vendor reads the thread in its "Gjennomgang" panel (the editors' names are not shown to it).
    const status = await workflowStatus(booted.api, actors.vendorA.token, 'vendors', doc.id)
    expect(status.status).toBe(200)
    expect(status.json).toMatchObject({ state: 'changes-requested', stateLabel: 'Endringer ønsket', mayPublish: false, transitions: [{ to: 'in-review', label: 'Send inn' }] })
    expect(status.json.comments).toMatchObject([
      { body: 'Klar for vurdering.', author: 'Vera Leverandør A', transition: 'in-review' },
      { body: 'Legg til lenke til personvernerklæringen.', author: 'Redaksjonen', transition: 'changes-requested' },
    ])
    // Its colleague too; organisation B's members do not (they cannot read the draft: 404).
    expect((await workflowStatus(booted.api, vendorA2.token, 'vendors', doc.id)).json.comments).toHaveLength(2)
    expect((await workflowStatus(booted.api, actors.vendorB.token, 'vendors', doc.id)).status).toBe(404)
    // Editors see who wrote it.
    expect((await workflowStatus(booted.api, actors.editor.token, 'vendors', doc.id)).json.comments[1]).toMatchObject({ author: 'Siri Redaktør' })

    // The vendor fixes it (the state stays "changes requested" until it submits again) and submits again.
    const fixed = await booted.api.patch(`/vendors/${doc.id}?draft=true`, { body: { shortDescription: 'Med lenke til personvernerklæringen.' }, token: vendorA2.token })
    expect({ status: fixed.status, body: fixed.status === 200 ? null : await fixed.json() }).toEqual({ status: 200, body: null })
    expect((await newest(booted.payload, 'vendors', doc.id)).workflow.state).toBe('changes-requested')
    mark2 = await flushed()
    expect((await transition(booted.api, vendorA2.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    mails = about(await mailsSince(mark2), name)
    expect(recipients(mails)).toEqual(editors())
    expect(mails[0]!.text).not.toContain('Kommentar fra leverandøren')

    // Approved: the publish of an entry in review by an editor who did not change it, its change note the comment.
    mark2 = await flushed()
    expect((await approve(doc.id, second.token, 'Godkjent med lenke til personvern.')).status).toBe(200)
    const approved = await mainDoc(booted.payload, 'vendors', doc.id)
    expect({ status: approved._status, state: approved.workflow.state }).toEqual({ status: 'published', state: 'published' })
    mails = about(await mailsSince(mark2), name)
    expect(recipients(mails)).toEqual(membersA())
    expect(mails[0]!.subject).toBe(`Godkjent: ${name}`)
    expect(mails[0]!.text.trim()).toBe(
      [
        `Redaksjonen har godkjent oppføringen «${name}». Den er nå publisert i Videoveilederen:`,
        `${booted.payload.config.serverURL}/leverandorer/${approved.slug}`,
        '',
        'Kommentar fra redaksjonen:',
        'Godkjent med lenke til personvern.',
        '',
        'Endringer dere gjør senere, sendes inn til ny vurdering. Til de er godkjent, ser publikum den godkjente versjonen.',
        adminLink(doc.id),
        '',
        '---',
        `English: The editors have approved the entry "${name}". It is now published in the guide. Their comment is above. Later changes are submitted for review again; until they are approved, the public sees the approved version.`,
      ].join('\n'),
    )
    expect((await commentsOn(doc.id)).map((c) => [c.transition, c.body, String(c.owner)])).toEqual([
      ['in-review', 'Klar for vurdering.', String(orgs.orgA.id)],
      ['changes-requested', 'Legg til lenke til personvernerklæringen.', String(orgs.orgA.id)],
      ['published', 'Godkjent med lenke til personvern.', String(orgs.orgA.id)],
    ])
    // Organisation B's members got nothing about A's entry at any step.
    expect(about(capture.messages.slice(mark), name).flatMap((m) => m.to).filter((to) => membersB().includes(to))).toEqual([])
  })

  it('rejected with a reason: kept, mailed to the members; a changed rejected entry is a draft again', async () => {
    const doc = await entryBy(actors.vendorA.token)
    const name = doc.name as string
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    const withoutReason = await transition(booted.api, actors.editor.token, { collection: 'vendors', id: doc.id, to: 'rejected', comment: '   ' })
    expect(withoutReason.status).toBe(400)
    const mark = await flushed()
    expect((await transition(booted.api, actors.editor.token, { collection: 'vendors', id: doc.id, to: 'rejected', comment: 'Løsningen er ikke en videoløsning for helsehjelp.' })).status).toBe(200)
    const mails = about(await mailsSince(mark), name)
    expect(recipients(mails)).toEqual(membersA())
    expect(mails[0]!.subject).toBe(`Avvist: ${name}`)
    expect(mails[0]!.text.trim()).toBe(
      [
        `Redaksjonen har avvist oppføringen «${name}».`,
        '',
        'Begrunnelse fra redaksjonen:',
        'Løsningen er ikke en videoløsning for helsehjelp.',
        '',
        'Dere kan endre oppføringen og sende den inn på nytt:',
        adminLink(doc.id),
        '',
        '---',
        `English: The editors have rejected the entry "${name}". Their reason is above. You may change the entry and submit it again.`,
      ].join('\n'),
    )
    expect((await workflowStatus(booted.api, vendorA2.token, 'vendors', doc.id)).json).toMatchObject({ state: 'rejected', stateLabel: 'Avvist', comments: [{ body: 'Løsningen er ikke en videoløsning for helsehjelp.', transition: 'rejected' }] })
    expect((await booted.api.patch(`/vendors/${doc.id}?draft=true`, { body: { shortDescription: 'Nytt forsøk.' }, token: actors.vendorA.token })).status).toBe(200)
    expect((await newest(booted.payload, 'vendors', doc.id)).workflow.state).toBe('draft')
  })
})

describe('approval over GraphQL is the same approval', () => {
  it('an editor who changed it is refused; another approves: the comment joins the thread and the members are mailed', async () => {
    const doc = await entryBy(actors.vendorB.token)
    const name = doc.name as string
    expect((await transition(booted.api, vendorB2.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    const mutation = `mutation { updateVendor(id: ${JSON.stringify(doc.id)}, data: { _status: published, changeNote: "Godkjent i GraphQL." }) { id } }`
    await booted.api.graphql(`mutation { updateVendor(id: ${JSON.stringify(doc.id)}, draft: true, data: { shortDescription: "Rettet av redaktøren." }) { id } }`, { token: actors.editor.token })
    expect((await transition(booted.api, actors.editor.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    const own = await booted.api.graphql(mutation, { token: actors.editor.token })
    expect(own.body.errors?.[0]?.message).toBe('Du har selv endret dette utkastet. En annen redaktør eller en administrator må publisere det.')
    const mark = await flushed()
    const approved = await booted.api.graphql(mutation, { token: second.token })
    expect(approved.body.errors).toBeUndefined()
    expect((await mainDoc(booted.payload, 'vendors', doc.id))._status).toBe('published')
    const mails = about(await mailsSince(mark), name)
    expect({ to: recipients(mails), subjects: [...new Set(mails.map((m) => m.subject))] }).toEqual({ to: membersB().sort(), subjects: [`Godkjent: ${name}`] })
    expect(mails[0]!.text).toContain('Kommentar fra redaksjonen:\nGodkjent i GraphQL.')
    expect((await commentsOn(doc.id)).map((c) => [c.transition, c.body])).toEqual([['published', 'Godkjent i GraphQL.']])
  })
})

describe('a bulk publish of entries in review is an approval of each', () => {
  it("PATCH /api/vendors?draft=true&where[id][in]=a,b (the admin's 'Publish' on a selection) by an editor who changed neither: both published, each organisation's members mailed about its own entry", async () => {
    const entryA = await entryBy(actors.vendorA.token)
    const entryB = await entryBy(actors.vendorB.token)
    for (const [entry, token] of [[entryA, actors.vendorA.token], [entryB, actors.vendorB.token]] as const) {
      expect((await transition(booted.api, token, { collection: 'vendors', id: entry.id, to: 'in-review' })).status).toBe(200)
    }
    const mark = await flushed()
    const bulk = await booted.api.patch(`/vendors?draft=true&where[id][in]=${entryA.id},${entryB.id}`, { body: { _status: 'published', changeNote: 'Godkjent samlet.' }, token: second.token })
    const answer = (await bulk.json()) as Doc
    expect({ status: bulk.status, errors: answer.errors ?? [], updated: (answer.docs as Doc[]).map((d) => String(d.id)).sort() }).toEqual({ status: 200, errors: [], updated: [String(entryA.id), String(entryB.id)].sort() })
    for (const entry of [entryA, entryB]) expect((await mainDoc(booted.payload, 'vendors', entry.id))._status).toBe('published')
    const mails = await mailsSince(mark)
    expect({ a: recipients(about(mails, entryA.name)), b: recipients(about(mails, entryB.name)) }).toEqual({ a: membersA(), b: membersB().sort() })
    expect(about(mails, entryA.name).concat(about(mails, entryB.name)).map((m) => m.subject).sort()).toEqual(
      [...membersA().map(() => `Godkjent: ${entryA.name}`), ...membersB().map(() => `Godkjent: ${entryB.name}`)].sort(),
    )
    for (const entry of [entryA, entryB]) expect((await commentsOn(entry.id)).map((c) => [c.transition, c.body])).toEqual([['published', 'Godkjent samlet.']])
  })
})

describe('what a vendor may not do in the review', () => {
  it('cannot ask for changes, reject or approve its own entry (REST and GraphQL), and cannot set the state itself', async () => {
    const doc = await entryBy(actors.vendorA.token)
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    for (const to of ['changes-requested', 'rejected']) {
      const refused = await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to, comment: 'Selvgodkjenning' })
      expect(refused.status).toBe(403)
      expect(refused.json.errors[0].message).toMatch(/Bare redaksjonen gjennomgår/)
    }
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'published' })).status).toBe(400)
    expect((await approve(doc.id, actors.vendorA.token)).status).toBe(403)
    const viaGraphql = await booted.api.graphql(`mutation { updateVendor(id: ${JSON.stringify(doc.id)}, data: { _status: published, changeNote: "Godkjent" }) { id } }`, { token: actors.vendorA.token })
    expect(viaGraphql.body.errors?.[0]?.message).toMatch(/Du kan ikke publisere/)
    // The workflow's fields take no client value, over REST or GraphQL.
    await booted.api.patch(`/vendors/${doc.id}?draft=true`, { body: { workflow: { state: 'published', stateChangedAt: '2000-01-01T00:00:00.000Z' } }, token: actors.vendorA.token })
    await booted.api.graphql(`mutation { updateVendor(id: ${JSON.stringify(doc.id)}, draft: true, data: { workflow: { state: published, stateChangedAt: "2000-01-01T00:00:00.000Z" } }) { id } }`, { token: actors.vendorA.token })
    const stored = await newest(booted.payload, 'vendors', doc.id)
    expect(stored.workflow.state).toBe('in-review')
    expect(stored.workflow.stateChangedAt).not.toBe('2000-01-01T00:00:00.000Z')
    expect((await mainDoc(booted.payload, 'vendors', doc.id))._status).toBe('draft')
  })

  it("cannot submit another organisation's entry: its draft is not found (404), its approved entry is refused (403)", async () => {
    const draft = await entryBy(actors.vendorB.token)
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: draft.id, to: 'in-review' })).status).toBe(404)
    const approved = await entryBy(actors.vendorB.token)
    expect((await transition(booted.api, actors.vendorB.token, { collection: 'vendors', id: approved.id, to: 'in-review' })).status).toBe(200)
    expect((await approve(approved.id, actors.editor.token)).status).toBe(200)
    await booted.payload.update({ collection: 'vendors', id: approved.id, data: { shortDescription: 'B endrer.' } as never, draft: true, overrideAccess: true })
    expect((await newest(booted.payload, 'vendors', approved.id)).workflow.state).toBe('draft')
    const refused = await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: approved.id, to: 'in-review' })
    expect(refused.status).toBe(403)
    expect((await newest(booted.payload, 'vendors', approved.id)).workflow.state).toBe('draft')
  })

  it('an editor who changed the entry cannot approve it under the second pair of eyes; another editor can', async () => {
    const doc = await entryBy(actors.vendorA.token)
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    // The editor corrects a typo: new content in review is a draft again, which the editor sends back in.
    expect((await booted.api.patch(`/vendors/${doc.id}?draft=true`, { body: { shortDescription: 'Rettet tekst.' }, token: actors.editor.token })).status).toBe(200)
    expect((await transition(booted.api, actors.editor.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    const own = await approve(doc.id, actors.editor.token)
    expect(own.status).toBe(403)
    expect(((await own.json()) as Doc).errors[0].message).toBe('Du har selv endret dette utkastet. En annen redaktør eller en administrator må publisere det.')
    expect((await approve(doc.id, second.token)).status).toBe(200)
  })
})

describe('the review thread is the organisation’s own', () => {
  it('vendor A reads its threads and writes on its entries, never B’s: REST list, where[id][in], depth 2, GraphQL', async () => {
    const entryA = await entryBy(actors.vendorA.token)
    const entryB = await entryBy(actors.vendorB.token)
    for (const [entry, token] of [[entryA, actors.vendorA.token], [entryB, actors.vendorB.token]] as const) {
      expect((await transition(booted.api, token, { collection: 'vendors', id: entry.id, to: 'in-review' })).status).toBe(200)
      expect((await transition(booted.api, actors.editor.token, { collection: 'vendors', id: entry.id, to: 'changes-requested', comment: `Endre ${entry.name}` })).status).toBe(200)
    }
    // A vendor writes on its own entry's thread; the owner and the author are the server's.
    const reply = await booted.api.post('/review-comments', { body: { collection: 'vendors', docId: String(entryA.id), body: 'Vi retter det i dag.', owner: orgs.orgB.id, author: actors.editor.id, transition: 'published' }, token: vendorA2.token })
    expect(reply.status).toBe(201)
    const replyDoc = ((await reply.json()) as { doc: Doc }).doc
    const stored = (await booted.payload.findByID({ collection: 'review-comments' as CollectionSlug, id: replyDoc.id, overrideAccess: true, depth: 0 })) as Doc
    expect({ owner: String(stored.owner), author: String(stored.author), transition: stored.transition ?? null }).toEqual({ owner: String(orgs.orgA.id), author: String(vendorA2.id), transition: null })
    // Not on B's entry, not on an editorial document, not on one that does not exist.
    const article = await booted.payload.create({ collection: 'articles', data: { title: `Råd ${unique()}` } as never, draft: true, overrideAccess: true })
    for (const target of [{ collection: 'vendors', docId: String(entryB.id) }, { collection: 'articles', docId: String(article.id) }, { collection: 'vendors', docId: '999999' }]) {
      const refused = await booted.api.post('/review-comments', { body: { ...target, body: 'Innblanding' }, token: actors.vendorA.token })
      expect(refused.status).toBe(403)
    }
    const viaGraphql = await booted.api.graphql(`mutation { createReviewComment(data: { collection: vendors, docId: "${entryB.id}", body: "Innblanding" }) { id } }`, { token: actors.vendorA.token })
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    expect((await commentsOn(entryB.id)).map((c) => c.body)).toEqual([`Endre ${entryB.name}`])

    const threadA = (await commentsOn(entryA.id)).map((c) => String(c.id))
    const threadB = (await commentsOn(entryB.id)).map((c) => String(c.id))
    const list = await booted.api.get('/review-comments?limit=500&depth=0', { token: actors.vendorA.token })
    const listed = ((await list.json()) as { docs: Doc[] }).docs
    expect(listed.every((c) => String(c.owner) === String(orgs.orgA.id))).toBe(true)
    expect(listed.map((c) => String(c.id))).toEqual(expect.arrayContaining(threadA))
    const ids = [...threadA, ...threadB].map((id) => `where[id][in]=${id}`).join('&')
    const byIds = ((await (await booted.api.get(`/review-comments?${ids}&depth=2`, { token: actors.vendorA.token })).json()) as { docs: Doc[] }).docs
    expect(byIds.map((c) => String(c.id)).sort()).toEqual([...threadA].sort())
    // Depth 2: the entry's organisation comes with it; no user (the author is staff-only to read), not even its own.
    expect(byIds.map((c) => ({ author: c.author, owner: c.owner?.id, named: typeof c.owner?.name }))).toEqual(byIds.map(() => ({ author: undefined, owner: orgs.orgA.id, named: 'string' })))
    // Staff read the same thread at depth 2 down to the author's organisation.
    const asEditor = ((await (await booted.api.get(`/review-comments?where[id][in]=${replyDoc.id}&depth=2`, { token: actors.editor.token })).json()) as { docs: Doc[] }).docs
    expect({ email: asEditor[0]?.author?.email, organisation: asEditor[0]?.author?.organisation?.id, owner: asEditor[0]?.owner?.id }).toEqual({ email: vendorA2.email, organisation: orgs.orgA.id, owner: orgs.orgA.id })
    expect((await booted.api.get(`/review-comments/${threadB[0]}`, { token: actors.vendorA.token })).status).toBe(404)
    expect((await booted.api.get('/review-comments', { token: undefined })).status).toBe(403)

    const gql = await booted.api.graphql(`{ ReviewComments(limit: 500) { docs { id owner { id } author { id email } } } }`, { token: actors.vendorA.token })
    const gqlIds = (gql.body.data?.ReviewComments?.docs ?? []).map((c: Doc) => String(c.id))
    expect(gqlIds).toEqual(expect.arrayContaining(threadA))
    expect(gqlIds.some((id: string) => threadB.includes(id))).toBe(false)
    const single = await booted.api.graphql(`{ ReviewComment(id: ${threadB[0]}) { id } }`, { token: actors.vendorA.token })
    expect(single.body.data?.ReviewComment ?? null).toBeNull()
  })
})

describe('a change to an approved entry', () => {
  it('is a new draft: the public (REST, GraphQL, the site) keeps the approved text until an editor approves the change', async () => {
    const doc = await entryBy(actors.vendorA.token, { shortDescription: 'Godkjent tekst.' })
    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    expect((await approve(doc.id, actors.editor.token)).status).toBe(200)
    const slug = (await mainDoc(booted.payload, 'vendors', doc.id)).slug as string

    const publicText = async () => {
      const rest = ((await (await booted.api.get(`/vendors/${doc.id}?draft=true`)).json()) as Doc).shortDescription
      const list = ((await (await booted.api.get(`/vendors?where[id][equals]=${doc.id}&draft=true`)).json()) as { docs: Doc[] }).docs.map((d) => d.shortDescription)
      const gql = (await booted.api.graphql(`{ Vendor(id: ${JSON.stringify(doc.id)}, draft: true) { shortDescription } }`)).body.data?.Vendor?.shortDescription
      const site = (await content.getVendors(content.ANONYMOUS, 'nb')).find((v) => String(v.id) === String(doc.id))?.shortDescription
      const page = (await content.getVendor(content.ANONYMOUS, 'nb', slug))?.shortDescription
      return { rest, list, gql, site, page }
    }
    const approvedText = { rest: 'Godkjent tekst.', list: ['Godkjent tekst.'], gql: 'Godkjent tekst.', site: 'Godkjent tekst.', page: 'Godkjent tekst.' }
    expect(await publicText()).toEqual(approvedText)

    // The vendor changes it: a new draft, the state back to draft.
    expect((await booted.api.patch(`/vendors/${doc.id}?draft=true`, { body: { shortDescription: 'Foreslått tekst.', solutionType: 'epj-integrated' }, token: actors.vendorA.token })).status).toBe(200)
    expect((await newest(booted.payload, 'vendors', doc.id)).workflow.state).toBe('draft')
    expect(await publicText()).toEqual(approvedText)
    // Its own reading in draft mode sees the proposal.
    const asVendor = content.viewerOf((await booted.payload.findByID({ collection: 'users', id: actors.vendorA.id, overrideAccess: true })) as never)
    expect((await content.getVendor(asVendor, 'nb', slug))?.shortDescription).toBe('Foreslått tekst.')

    // The difference between the public and the proposed version, for the editor and the vendor; nobody else.
    const diff = await booted.api.get(`/workflow/diff?collection=vendors&id=${doc.id}`, { token: actors.editor.token })
    expect(diff.status).toBe(200)
    const body = (await diff.json()) as Doc
    expect(body.hasPublished).toBe(true)
    expect(body.changes).toEqual([
      { path: 'solutionType', label: { nb: 'Type løsning', en: 'Solution type' }, published: 'Frittstående videoløsning', proposed: 'EPJ-løsning med integrert video' },
      { path: 'shortDescription.nb', label: { nb: 'Kort beskrivelse (nb)', en: 'Short description (nb)' }, published: 'Godkjent tekst.', proposed: 'Foreslått tekst.' },
    ])
    expect(body.compareHref).toMatch(new RegExp(`^/admin/collections/vendors/${doc.id}/versions/[^/?]+\\?versionFrom=[^&]+$`))
    expect((await booted.api.get(`/workflow/diff?collection=vendors&id=${doc.id}`, { token: actors.vendorA.token })).status).toBe(200)
    expect((await booted.api.get(`/workflow/diff?collection=vendors&id=${doc.id}`, { token: actors.vendorB.token })).status).toBe(404)
    expect((await booted.api.get(`/workflow/diff?collection=vendors&id=${doc.id}`)).status).toBe(404)

    expect((await transition(booted.api, actors.vendorA.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    expect(await publicText()).toEqual(approvedText)
    expect((await approve(doc.id, second.token, 'Ny beskrivelse.')).status).toBe(200)
    expect(await publicText()).toEqual({ rest: 'Foreslått tekst.', list: ['Foreslått tekst.'], gql: 'Foreslått tekst.', site: 'Foreslått tekst.', page: 'Foreslått tekst.' })
    const after = (await (await booted.api.get(`/workflow/diff?collection=vendors&id=${doc.id}`, { token: actors.editor.token })).json()) as Doc
    expect(after).toMatchObject({ hasPublished: true, changes: [] })
  })
})

describe('submitted entries go to the site setting’s address when it has one', () => {
  afterAll(() => siteSettings(null))

  it('vendorReviewEmail set: the notice of a submitted entry goes there alone', async () => {
    await siteSettings('vurdering@helsedir.example')
    const doc = await entryBy(actors.vendorB.token)
    const mark = await flushed()
    expect((await transition(booted.api, vendorB2.token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    expect(recipients(about(await mailsSince(mark), doc.name))).toEqual(['vurdering@helsedir.example'])
  })

  it('an editorial document sent for review mails nobody', async () => {
    const article = await booted.api.post('/articles?draft=true', { body: { title: `Råd ${unique()}` }, token: actors.editor.token })
    const id = ((await article.json()) as { doc: Doc }).doc.id
    const mark = await flushed()
    expect((await transition(booted.api, actors.editor.token, { collection: 'articles', id, to: 'in-review' })).status).toBe(200)
    expect(await mailsSince(mark)).toEqual([])
  })
})

describe('the editors’ queue "Til vurdering"', () => {
  it('vendor entries in review, oldest submitted first, with how long each has waited; no drafts, no articles', async () => {
    const { vendorQueue } = await import('../../../src/dashboard/vendorQueue')
    const names: string[] = []
    for (const token of [actors.vendorB.token, actors.vendorA.token, vendorA2.token]) {
      const doc = await entryBy(token)
      names.push(doc.name as string)
      expect((await transition(booted.api, token, { collection: 'vendors', id: doc.id, to: 'in-review' })).status).toBe(200)
    }
    const notSubmitted = (await entryBy(actors.vendorA.token)).name as string
    // The first one submitted was sent back once and resubmitted last: it counts from its last submission.
    const first = (await booted.payload.find({ collection: 'vendors', where: { name: { equals: names[0] } }, draft: true, overrideAccess: true })).docs[0] as Doc
    expect((await transition(booted.api, actors.editor.token, { collection: 'vendors', id: first.id, to: 'changes-requested', comment: 'Mangler' })).status).toBe(200)
    expect((await transition(booted.api, actors.vendorB.token, { collection: 'vendors', id: first.id, to: 'in-review' })).status).toBe(200)

    const now = new Date(Date.now() + 3 * 86_400_000 + 60_000)
    const queue = (await vendorQueue(await reqAs(actors.editor.id), now)).filter((item) => [...names, notSubmitted].includes(item.title))
    expect(queue.map((item) => item.title)).toEqual([names[1], names[2], names[0]])
    expect(queue.map((item) => item.waited.nb)).toEqual(['3 dager', '3 dager', '3 dager'])
    expect(queue[0]).toMatchObject({ collection: 'vendors', href: expect.stringMatching(/^\/admin\/collections\/vendors\//), organisation: await orgName(orgs.orgA.id), waited: { en: '3 days' } })
    // A vendor is no reviewer: its queue is empty.
    expect(await vendorQueue(await reqAs(actors.vendorA.id), now)).toEqual([])
  })
})
