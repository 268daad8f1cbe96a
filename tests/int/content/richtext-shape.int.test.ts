import { bootWithCategory } from '../../helpers/boot'
import { unique, vendorData } from '../../helpers/content'
import { fieldErrors, postAndCheckRefusalStoresNothing } from '../../helpers/refusals'

// A rich-text field takes only a Lexical document made of the nodes its editor has (issue 9, item 2).

const { booted, actors, category } = bootWithCategory()

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, mode: 'normal', style: '', detail: 0 })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type, version: 1, format: '', indent: 0, direction: 'ltr', children, ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const doc = (...children: unknown[]) => ({ root: element('root', children) })

const postArticle = (body: unknown, headers?: Record<string, string>) =>
  postAndCheckRefusalStoresNothing(booted, 'articles', { title: `Rik tekst ${unique()}`, body }, { token: actors.editor.token, headers })

async function expectShapeRefused(response: Response, message: RegExp = /ugyldig oppbygning/) {
  expect(response.status).toBe(400)
  expect((await fieldErrors(response)).body).toMatch(message)
}

describe('rich text that is not a Lexical document is refused (item 2)', () => {
  it.each([
    ['a string of HTML', '<script>alert(1)</script>'],
    ['an unrelated object', { foo: 'bar' }],
    ['a list', [1, 2, 3]],
    ['a number', 42],
    ['a root that is not a root', { root: { type: 'paragraph', children: [] } }],
    ['a root without children', { root: { type: 'root' } }],
    ['children that are not a list', { root: { type: 'root', children: 'x' } }],
    ['a node that is not an object', doc('text')],
    ['a node without a type', doc({ children: [] })],
    ['a paragraph whose children are not a list', doc({ ...paragraph(), children: { 0: text('x') } })],
    ['a text node without text', doc(paragraph({ ...text('x'), text: { a: 1 } }))],
    ['a link without its settings', doc(paragraph(element('link', [text('x')])))],
    ['a block without a block type', doc({ type: 'block', version: 2, format: '', fields: { id: 'x' } })],
  ])('%s is refused with a Norwegian message and nothing stored', async (_what, body) => {
    await expectShapeRefused(await postArticle(body))
  })

  it('an html node is refused: raw HTML never reaches readers', async () => {
    const body = doc(paragraph(text('før')), { type: 'html', version: 1, html: '<script>alert(1)</script>' })
    await expectShapeRefused(await postArticle(body), /«html» er ikke tillatt/)
  })

  it.each(['upload', 'relationship', 'quote', 'table', 'code'])('a %s node, which the editor does not offer, is refused', async (type) => {
    await expectShapeRefused(await postArticle(doc(element(type, [text('x')], { fields: {} }))), new RegExp(`«${type}» er ikke tillatt`))
  })

  it('a vendor description may not hold the guide’s live-data blocks', async () => {
    const description = doc({ type: 'block', version: 2, format: '', fields: { id: 'b1', blockName: '', blockType: 'note', text: 'Merk' } })
    const response = await booted.api.post('/vendors', { body: vendorData(category.id, { description }), token: actors.editor.token })
    expect(response.status).toBe(400)
    expect((await fieldErrors(response)).description).toMatch(/«block» er ikke tillatt/)
  })

  it('nesting 200 levels deep is refused', async () => {
    let node: Record<string, unknown> = text('dypt')
    for (let i = 0; i < 200; i++) node = element('listitem', [node], { value: 1 })
    await expectShapeRefused(await postArticle(doc(element('list', [node], { listType: 'bullet', tag: 'ul', start: 1 }))))
  })

  it('an update with a broken body is refused and the stored body kept', async () => {
    const created = await postArticle(doc(paragraph(text('Opprinnelig'))))
    expect(created.status).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: number } }
    const response = await booted.api.patch(`/articles/${article.id}`, { body: { body: '<b>x</b>' }, token: actors.editor.token })
    await expectShapeRefused(response)
    const stored = await booted.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true, draft: true })
    expect(JSON.stringify(stored.body)).toContain('Opprinnelig')
  })

  it('says it in English when asked', async () => {
    await expectShapeRefused(await postArticle({ foo: 'bar' }, { 'Accept-Language': 'en' }), /not a valid rich-text document/)
  })
})

describe('documents the editor makes are still accepted', () => {
  const rich = () =>
    doc(
      element('heading', [text('Overskrift')], { tag: 'h2' }),
      paragraph(text('Vanlig '), { ...text('fet'), format: 1 }, { type: 'linebreak', version: 1 }, text('tekst')),
      paragraph(element('link', [text('lenke')], { fields: { linkType: 'custom', url: 'https://helsedirektoratet.no', newTab: false } })),
      element('list', [element('listitem', [text('punkt')], { value: 1 })], { listType: 'bullet', tag: 'ul', start: 1 }),
      { type: 'horizontalrule', version: 1 },
      { type: 'block', version: 2, format: '', fields: { id: 'n1', blockName: '', blockType: 'note', title: 'Merk', text: 'Husk samtykke.' } },
    )

  it('headings, formatted text, links, lists, rules and blocks', async () => {
    expect((await postArticle(rich())).status).toBe(201)
  })

  it('the same document sent as a JSON string', async () => {
    expect((await postArticle(JSON.stringify(rich()))).status).toBe(201)
  })

  it('an empty body', async () => {
    expect((await postArticle(null)).status).toBe(201)
    expect((await postArticle(doc())).status).toBe(201)
  })
})

describe('a body stored before this check does not break reading it', () => {
  const htmlNode = doc(paragraph(text('før')), { type: 'html', version: 1, html: '<script>alert(1)</script>' })
  it.each([
    ['a string of HTML', '<script>alert(1)</script>', null],
    ['an unrelated object', { foo: 'bar' }, null],
    ['children that are not a list', { root: { type: 'root', children: 'x' } }, null],
    ['a node that is not an object', doc('text'), null],
    // A well-formed tree with a node the editor does not have is read as stored; the site's renderer shows its text.
    ['an html node', htmlNode, htmlNode],
  ])('%s: the published article still answers 200 over REST, GraphQL and the Local API', async (_what, body, expected) => {
    const created = await postArticle(doc(paragraph(text('Gyldig'))))
    const { doc: article } = (await created.json()) as { doc: { id: number } }
    await booted.payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, overrideAccess: true })
    // Written past validation, as such a body was stored before; the adapter takes localized values per locale.
    await booted.payload.db.updateOne({ collection: 'articles', id: article.id, data: { body: { nb: body } } })
    const rest = await booted.api.get(`/articles/${article.id}`)
    expect(rest.status).toBe(200)
    expect(((await rest.json()) as { body: unknown }).body).toEqual(expected)
    expect((await booted.api.get(`/articles/${article.id}?depth=1&locale=nn`)).status).toBe(200)
    const gql = await booted.api.graphql(`{ Article(id: ${article.id}) { title body } }`)
    expect(gql.body.errors).toBeUndefined()
    const local = await booted.payload.findByID({ collection: 'articles', id: article.id, overrideAccess: false, depth: 1 })
    expect(local.body ?? null).toEqual(expected)
  })
})
