import { bootWithRoles } from '../../helpers/boot'
import { unique } from '../../helpers/content'

/**
 * Issue 9, item 12: a public list gives at most 100 documents a page, whatever the client asks for, and
 * nonsense values are refused. 130 published tariffs make the cap observable; staff still get whole lists
 * (the admin and the exports run inside their requests).
 */
const { booted, actors } = bootWithRoles()
const TOTAL = 130
const tag = unique().toUpperCase()

type List = { docs: { code: string }[]; totalDocs: number; limit: number; hasNextPage: boolean; errors?: { message: string }[] }

beforeAll(async () => {
  for (let i = 0; i < TOTAL; i++) {
    await booted.payload.create({
      collection: 'tariffs',
      overrideAccess: true,
      data: { code: `L${tag}${i}`, title: `Takst ${i}`, professions: ['lege'], effectiveFrom: '2020-03-16T00:00:00.000Z', _status: 'published' },
    })
  }
}, 180_000)

async function list(query: string, token?: string): Promise<{ status: number; body: List }> {
  const response = await booted.api.get(`/tariffs?${query}&depth=0`, { token })
  return { status: response.status, body: (await response.json()) as List }
}

describe('anonymous REST lists are capped at 100 a page', () => {
  it.each(['limit=1000000', 'limit=0', 'pagination=false', 'limit=0&pagination=false', 'limit=500&pagination=false'])(
    '%s gives 100 documents and a next page, not all 130',
    async (query) => {
      const { status, body } = await list(query)
      expect(status).toBe(200)
      expect(body.docs).toHaveLength(100)
      expect(body.totalDocs).toBe(TOTAL)
      expect(body.limit).toBe(100)
      expect(body.hasNextPage).toBe(true)
    },
  )

  it('the second page of 100 gives the remaining 30', async () => {
    const { status, body } = await list('limit=0&page=2')
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(30)
  })

  it('keeps smaller limits and the default page size as they are', async () => {
    expect((await list('limit=7')).body.docs).toHaveLength(7)
    expect((await list('')).body.docs).toHaveLength(10)
  })

  it.each([
    ['limit=-1', /limit «-1»/],
    ['limit=abc', /limit «abc»/],
    ['limit=1.5', /limit «1.5»/],
    ['page=-2', /page «-2»/],
    ['page=abc', /page «abc»/],
  ])('%s is refused with 400 and a Norwegian message', async (query, message) => {
    const { status, body } = await list(query)
    expect(status).toBe(400)
    expect(JSON.stringify(body.errors)).toMatch(message)
    expect(JSON.stringify(body.errors)).toMatch(/helt tall/)
  })

  it('caps a vendor (logged in, not staff) the same way', async () => {
    const { status, body } = await list('limit=0', actors.vendorA.token)
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(100)
  })

  it('caps the search collection too (a plugin collection)', async () => {
    const response = await booted.api.get('/search?limit=0&depth=0')
    expect(response.status).toBe(200)
    const body = (await response.json()) as List
    expect(body.limit).toBe(100)
  })
})

describe('anonymous GraphQL lists are capped at 100 too', () => {
  it('Tariffs(limit: 1000000) gives 100 documents', async () => {
    const result = await booted.api.graphql('{ Tariffs(limit: 1000000) { docs { code } totalDocs limit } }')
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.Tariffs.docs).toHaveLength(100)
    expect(result.body.data.Tariffs.totalDocs).toBe(TOTAL)
  })

  it('Tariffs(limit: 0) and Tariffs(pagination: false) give 100 documents', async () => {
    const result = await booted.api.graphql('{ a: Tariffs(limit: 0) { docs { code } } b: Tariffs(pagination: false) { docs { code } } }')
    expect(result.body.errors).toBeUndefined()
    expect(result.body.data.a.docs).toHaveLength(100)
    expect(result.body.data.b.docs).toHaveLength(100)
  })

  it('Tariffs(limit: -1) is refused with 400 and a Norwegian message', async () => {
    const result = await booted.api.graphql('{ Tariffs(limit: -1) { docs { code } } }')
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body.errors)).toMatch(/limit «-1»/)
  })

  it('refuses a negative limit given as a variable too', async () => {
    const result = await booted.api.graphql('query ($n: Int) { Tariffs(limit: $n) { docs { code } } }', { variables: { n: -5 } })
    expect(result.status).toBe(400)
    expect(JSON.stringify(result.body.errors)).toMatch(/limit «-5»/)
  })
})

describe('staff keep whole lists', () => {
  it('an editor gets all 130 with limit=0, as the admin asks for some of its lists', async () => {
    const { status, body } = await list('limit=0', actors.editor.token)
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(TOTAL)
  })

  it('an editor still gets 400 for nonsense', async () => {
    expect((await list('limit=abc', actors.editor.token)).status).toBe(400)
  })

  it('an export of the tariffs holds all 130 rows', async () => {
    const body = { data: { collectionSlug: 'tariffs', format: 'csv', fields: ['code'], where: { code: { like: `L${tag}` } } } }
    const response = await booted.api.post('/exports/download', { body, token: actors.editor.token })
    expect(response.status).toBe(200)
    const rows = (await response.text()).trim().split('\n').slice(1)
    expect(rows).toHaveLength(TOTAL)
  })

  it('an editor pages through 100 at a time, as the admin list view does', async () => {
    const response = await booted.api.get('/tariffs?limit=100&page=2&depth=0&draft=true', { token: actors.editor.token })
    expect(response.status).toBe(200)
    expect(((await response.json()) as List).docs).toHaveLength(30)
  })
})
