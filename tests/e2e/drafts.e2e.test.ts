import { beforeAll, describe, expect, test } from '@jest/globals'

import { api, categories, editorToken, unique, url } from './helpers/api'

describe('a draft vendor never reaches the public', () => {
  let name: string
  let slug: string

  beforeAll(async () => {
    const editor = await editorToken()
    const [group] = await categories()
    name = `Utkastvideo ${unique()}`
    const created = await api<{ doc: { slug: string; _status: string } }>('POST', '/vendors?draft=true', editor, {
      name,
      solutionType: 'standalone',
      professionCategories: [group!.id],
      shortDescription: 'Et utkast som ikke skal vises.',
      features: { browserBased: true },
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    expect(created.json.doc._status).toBe('draft')
    slug = created.json.doc.slug
    // Anything published after this moment would have revalidated the pages; the draft must not.
    await fetch(url('/'))
  }, 60_000)

  const text = async (path: string) => {
    const res = await fetch(url(path))
    return { status: res.status, body: await res.text() }
  }

  test('not in the directory, filtered or not', async () => {
    for (const path of ['/leverandorer', '/leverandorer?type=standalone&nettleser=1', '/nn/leverandorer', '/en/leverandorer']) {
      const { status, body } = await text(path)
      expect(status).toBe(200)
      expect(body).not.toContain(name)
      expect(body).not.toContain(`/leverandorer/${slug}`)
    }
  })

  test('not on the guide', async () => {
    const { body } = await text('/')
    expect(body).not.toContain(name)
  })

  test('its own address is a 404, in every language', async () => {
    for (const path of [`/leverandorer/${slug}`, `/nn/leverandorer/${slug}`, `/en/leverandorer/${slug}`]) {
      const { status, body } = await text(path)
      expect({ path, status }).toEqual({ path, status: 404 })
      expect(body).not.toContain('Et utkast som ikke skal vises.')
    }
  })

  test('not found by search', async () => {
    const { body } = await text(`/sok?q=${encodeURIComponent(name)}`)
    expect(body).toContain('Ingen treff')
    expect(body).not.toContain(`/leverandorer/${slug}`)
    const index = await api<{ totalDocs: number }>('GET', `/search?where[title][like]=${encodeURIComponent(name)}`)
    expect(index.json.totalDocs).toBe(0)
  })

  test('not in the sitemap', async () => {
    const { status, body } = await text('/sitemap.xml')
    expect(status).toBe(200)
    expect(body).toContain('<urlset')
    expect(body).not.toContain(slug)
  })

  test('not in the public REST API, even when it asks for drafts', async () => {
    for (const query of [`where[slug][equals]=${slug}`, `where[slug][equals]=${slug}&draft=true`]) {
      const res = await api<{ totalDocs: number }>('GET', `/vendors?${query}`)
      expect(res.json.totalDocs).toBe(0)
    }
  })
})
