import { getIntrospectionQuery } from 'graphql'

import type { BootedPayload } from '../../helpers/api'

import { bootPayload } from '../../helpers/boot'
import { unique } from '../../helpers/content'
import { errorMessages } from '../../helpers/refusals'

/**
 * Issue 9, item 1: one anonymous GraphQL query must not take the server down. Every query is bounded by how
 * deep it nests (relationships above all) and by how much it may return; a refusal is a 400 with a message
 * that says what to change, in Norwegian by default, and the server keeps answering.
 *
 * The two articles relate to each other in a line (A -> B -> A ...), so before the bounds existed the deep
 * queries here answered 200 with a long chain, rather than doubling per level as with real data and taking the
 * test process down with them.
 */
let booted: BootedPayload
let slugA: string

const QUICKLY_MS = 5000

beforeAll(async () => {
  booted = await bootPayload()
  const { payload } = booted
  slugA = `a-${unique()}`
  const a = await payload.create({ collection: 'articles', overrideAccess: true, data: { title: 'A', slug: slugA, _status: 'published' } })
  const b = await payload.create({ collection: 'articles', overrideAccess: true, data: { title: 'B', _status: 'published' } })
  await payload.update({ collection: 'articles', id: a.id, overrideAccess: true, data: { relatedArticles: [b.id] } })
  await payload.update({ collection: 'articles', id: b.id, overrideAccess: true, data: { relatedArticles: [a.id] } })
})

/** `title relatedArticles { title relatedArticles { ... } }`, `levels` relationships deep. */
function relatedChain(levels: number, innermost = 'title'): string {
  let selection = innermost
  for (let i = 0; i < levels; i++) selection = `title relatedArticles { ${selection} }`
  return selection
}

function articlesQuery(selection: string): string {
  return `{ Articles(where: { slug: { equals: "${slugA}" } }) { docs { ${selection} } } }`
}

async function timed(query: string, options?: Parameters<BootedPayload['api']['graphql']>[1]) {
  const started = Date.now()
  const result = await booted.api.graphql(query, options)
  return { ...result, ms: Date.now() - started }
}

describe('GraphQL refuses queries that would grow without bound', () => {
  it('answers the 30-level relatedArticles query with 400 quickly, saying in Norwegian that it nests relationships too deep', async () => {
    const result = await timed(articlesQuery(relatedChain(30)))
    expect(result.status).toBe(400)
    expect(result.body.data).toBeUndefined()
    expect(errorMessages(result.body)).toMatch(/relasjoner/)
    expect(errorMessages(result.body)).toMatch(/høyst 3/)
    // Said once, not wrapped in the lead for refusals graphql wrote in English.
    expect(errorMessages(result.body)).toMatch(/^Spørringen følger relasjoner for dypt/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses one relationship level more than REST allows (4 > maxDepth 3), and allows 3', async () => {
    const four = await timed(articlesQuery(relatedChain(4)))
    expect(four.status).toBe(400)
    expect(errorMessages(four.body)).toMatch(/relasjoner/)

    const three = await timed(articlesQuery(relatedChain(3)))
    expect(three.status).toBe(200)
    expect(three.body.errors).toBeUndefined()
    expect(three.body.data.Articles.docs[0].relatedArticles[0].relatedArticles[0].relatedArticles[0].title).toBe('B')
  })

  it('counts depth through fragments: 30 fragments each nesting the next are refused', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i < 29 ? `fragment F${i} on Article { title relatedArticles { ...F${i + 1} } }` : `fragment F${i} on Article { title }`,
    )
    const result = await timed(`${articlesQuery('...F0')} ${fragments.join(' ')}`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/relasjoner/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses a fragment that spreads itself with 400 and a Norwegian message', async () => {
    const result = await timed(`${articlesQuery('...Loop')} fragment Loop on Article { title relatedArticles { ...Loop } }`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/fragment/i)
    expect(errorMessages(result.body)).toMatch(/seg selv|syklus/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses fan-out through aliases: 200 aliased lists of 100 articles with related articles, each shallow', async () => {
    const one = 'Articles(limit: 100) { docs { title slug relatedArticles { title slug relatedArticles { title slug } } } }'
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: ${one}`).join(' ')
    const result = await timed(`{ ${aliases} }`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/for stort svar/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses fan-out hidden in a fragment: 300 aliases spreading one fragment over lists of 100 articles', async () => {
    const fragment = 'fragment P on Article { title slug lead relatedArticles { title slug lead } }'
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: Articles(limit: 100) { docs { ...P } }`).join(' ')
    const result = await timed(`{ ${aliases} } ${fragment}`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/for stort svar/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses a query nested thousands of levels deep with 400 and a Norwegian message, not "Maximum call stack size exceeded"', async () => {
    const query = `{ Articles { docs { ${relatedChain(5000)} } } }`
    const result = await timed(query)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).not.toMatch(/call stack/i)
    expect(errorMessages(result.body)).toMatch(/nestet for dypt/)
    expect(result.ms).toBeLessThan(QUICKLY_MS)
  })

  it('refuses a deeply nested where argument the same way', async () => {
    let where = '{ title: { equals: "A" } }'
    for (let i = 0; i < 3000; i++) where = `{ AND: [${where}] }`
    const result = await timed(`{ Articles(where: ${where}) { docs { title } } }`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/nestet for dypt/)
  })

  it('says it in English when the request asks for English', async () => {
    const result = await timed(articlesQuery(relatedChain(30)), { headers: { 'Accept-Language': 'en' } })
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/relationships/)
    expect(errorMessages(result.body)).toMatch(/at most 3/)
  })

  it('answers other refusals with 400 in Norwegian too: an unknown field and a syntax error', async () => {
    const unknown = await timed('{ Articles { docs { noSuchField } } }')
    expect(unknown.status).toBe(400)
    expect(errorMessages(unknown.body)).toMatch(/noSuchField/)
    expect(errorMessages(unknown.body)).toMatch(/finnes ikke/)

    const syntax = await timed('{ Articles { docs { title }')
    expect(syntax.status).toBe(400)
    expect(errorMessages(syntax.body)).toMatch(/syntaksfeil/i)
  })

  it('keeps serving: /api/health answers 200 and a normal shallow query still works after all of the above', async () => {
    const health = await booted.api.get('/health')
    expect(health.status).toBe(200)

    const result = await booted.api.graphql(articlesQuery('title relatedArticles { title slug }'))
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Articles.docs).toEqual([{ title: 'A', relatedArticles: [{ title: 'B', slug: expect.any(String) }] }])
  })

  it('lets through the introspection query that GraphQL tools send (15 fields deep)', async () => {
    const result = await booted.api.graphql(getIntrospectionQuery())
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.__schema.queryType.name).toBe('Query')
  })

  it('refuses introspection that nests types inside fields over and over', async () => {
    let selection = 'name'
    for (let i = 0; i < 12; i++) selection = `name fields { name type { ${selection} } }`
    const result = await timed(`{ __schema { types { ${selection} } } }`)
    expect(result.status).toBe(400)
    expect(errorMessages(result.body)).toMatch(/nestet for dypt|for stort svar/)
  })
})
