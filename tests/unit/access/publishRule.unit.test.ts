import { deletePublishes, savePublishes } from '../../../src/access/hooks/publishes'
import { rememberWriteMode, writeModeOf } from '../../../src/access/hooks/writeMode'

const withDrafts = { slug: 'vendors', versions: { drafts: {} } } as never
const withoutDrafts = { slug: 'media', versions: false } as never

/** A request whose database holds one main document with the given status. */
const reqWithMain = (status: string | null) =>
  ({ payload: { db: { findOne: async () => (status ? { id: 1, _status: status } : null) } }, context: {} }) as never

const save = (over: Partial<Parameters<typeof savePublishes>[0]>) =>
  savePublishes({ collection: withDrafts, data: {}, draft: false, id: 1, operation: 'update', originalStatus: 'draft', req: reqWithMain('draft'), ...over })

describe('which saves publish', () => {
  it('any save to a collection without drafts', async () => {
    expect(await save({ collection: withoutDrafts })).toBe(true)
  })

  it("a save that sets _status 'published', draft flag or not", async () => {
    expect(await save({ data: { _status: 'published' } })).toBe(true)
    expect(await save({ data: { _status: 'published' }, draft: true })).toBe(true)
    expect(await save({ operation: 'create', data: { _status: 'published' } })).toBe(true)
  })

  it('not a draft save, not a draft create', async () => {
    expect(await save({ draft: true, data: { _status: 'draft' }, req: reqWithMain('published') })).toBe(false)
    expect(await save({ operation: 'create', data: { _status: 'draft' } })).toBe(false)
  })

  it('a save without the draft flag over a published main document (a change or an unpublish)', async () => {
    expect(await save({ data: { _status: 'draft' }, req: reqWithMain('published') })).toBe(true)
    expect(await save({ data: {}, originalStatus: 'published' })).toBe(true)
  })

  it('not a save without the draft flag to a document never published', async () => {
    expect(await save({ data: { _status: 'draft' }, req: reqWithMain('draft') })).toBe(false)
  })

  it('a delete of a published document, or of anything without drafts', async () => {
    expect(await deletePublishes(withDrafts, 1, reqWithMain('published'))).toBe(true)
    expect(await deletePublishes(withDrafts, 1, reqWithMain('draft'))).toBe(false)
    expect(await deletePublishes(withoutDrafts, 1, reqWithMain(null))).toBe(true)
  })
})

describe('the write mode of a request', () => {
  const remember = (req: never, operation: string, draft: boolean, overrideAccess: boolean) =>
    rememberWriteMode({ args: { draft }, collection: { slug: 'vendors' }, operation, overrideAccess, req, context: {} } as never)

  it('is the draft flag and overrideAccess of the write', () => {
    const req = { context: {} } as never
    remember(req, 'update', true, false)
    expect(writeModeOf(req, 'vendors')).toEqual({ draft: true, overrideAccess: false })
  })

  it('counts as a draft or a system write only if every write to the collection in the request was (fail closed)', () => {
    const req = { context: {} } as never
    remember(req, 'update', true, true)
    remember(req, 'update', false, false)
    remember(req, 'update', true, true)
    expect(writeModeOf(req, 'vendors')).toEqual({ draft: false, overrideAccess: false })
  })

  it('ignores reads, and knows nothing of a collection not written', () => {
    const req = { context: {} } as never
    remember(req, 'read', true, true)
    expect(writeModeOf(req, 'vendors')).toEqual({ draft: false, overrideAccess: false })
  })
})
