import { bootWithCategory } from '../../helpers/boot'
import { unique } from '../../helpers/content'

const { booted, actors, category } = bootWithCategory()

type ImportDoc = {
  status: string
  summary: { imported: number; issues: number; total: number; issueDetails?: { row: number; error: string }[] }
}

/** Uploads an import file through the imports collection, as the admin's import drawer does. */
async function importFile(collectionSlug: string, content: string, filename: string, type: string, token = actors.editor.token) {
  const form = new FormData()
  form.append('file', new Blob([content], { type }), filename)
  form.append('_payload', JSON.stringify({ collectionSlug, importMode: 'create' }))
  return booted.api.post('/imports', { raw: form, token })
}

describe('import of vendors and tariffs', () => {
  it('imports good JSON rows as drafts and reports the bad row with its number and reason', async () => {
    const tag = unique()
    const rows = [
      { name: `Import A ${tag}`, solutionType: 'standalone', professionCategories: [category.id], website: 'https://a.example.no' },
      { name: `Import B ${tag}`, solutionType: 'standalone', professionCategories: [category.id], website: 'javascript:alert(1)' },
      { name: `Import C ${tag}`, solutionType: 'epj-integrated', professionCategories: [category.id], shortDescription: 'Importert' },
    ]
    const response = await importFile('vendors', JSON.stringify(rows), 'vendors.json', 'application/json')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: ImportDoc }
    expect(doc.status).toBe('partial')
    expect(doc.summary).toMatchObject({ imported: 2, issues: 1, total: 3 })
    expect(doc.summary.issueDetails?.[0]?.row).toBe(2)
    expect(doc.summary.issueDetails?.[0]?.error).toMatch(/Nettsted|website/i)

    const stored = await booted.payload.find({
      collection: 'vendors',
      where: { name: { contains: tag } },
      draft: true,
      overrideAccess: true,
    })
    expect(stored.docs.map((d) => d.name).sort()).toEqual([`Import A ${tag}`, `Import C ${tag}`])
    expect(stored.docs.every((d) => d._status === 'draft')).toBe(true)
    const publicView = await booted.payload.find({ collection: 'vendors', where: { name: { contains: tag } }, overrideAccess: false })
    expect(publicView.docs).toEqual([])
  })

  it('imports tariffs from CSV and refuses a row whose dates are out of order', async () => {
    const tag = unique().toUpperCase()
    const csv = [
      'code,title,professions_0,effectiveFrom,effectiveTo',
      `K6${tag},Video hos kiropraktor,kiropraktor,2020-03-23,2021-07-01`,
      `K5${tag},Telefon hos kiropraktor,kiropraktor,2020-09-01,2020-03-23`,
    ].join('\n')
    const response = await importFile('tariffs', csv, 'tariffs.csv', 'text/csv')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: ImportDoc }
    expect(doc.summary).toMatchObject({ imported: 1, issues: 1, total: 2 })
    expect(doc.summary.issueDetails?.[0]).toMatchObject({ row: 2 })
    const stored = await booted.payload.find({ collection: 'tariffs', where: { code: { like: tag } }, draft: true, overrideAccess: true })
    expect(stored.docs.map((d) => d.code)).toEqual([`K6${tag}`])
    expect(stored.docs[0]?.professions).toEqual(['kiropraktor'])
  })

  it('lets only staff import', async () => {
    const rows = JSON.stringify([{ name: 'X', solutionType: 'standalone', professionCategories: [category.id] }])
    expect((await importFile('vendors', rows, 'v.json', 'application/json', actors.vendorA.token)).status).toBe(403)
    const form = new FormData()
    form.append('file', new Blob([rows], { type: 'application/json' }), 'v.json')
    form.append('_payload', JSON.stringify({ collectionSlug: 'vendors', importMode: 'create' }))
    expect((await booted.api.post('/imports', { raw: form })).status).toBe(403)
  })
})

describe('export of vendors', () => {
  it('exports the vendors as CSV for an editor, and refuses others', async () => {
    const name = `Eksport ${unique()}`
    await booted.payload.create({
      collection: 'vendors',
      data: { name, solutionType: 'standalone', professionCategories: [category.id], _status: 'published' } as never,
      overrideAccess: true,
    })
    const body = { data: { collectionSlug: 'vendors', format: 'csv', fields: ['name', 'slug', 'solutionType'] } }
    const response = await booted.api.post('/exports/download', { body, token: actors.editor.token })
    expect(response.status).toBe(200)
    const csv = await response.text()
    expect(csv.split('\n')[0]).toMatch(/name/)
    expect(csv).toContain(name)
    expect((await booted.api.post('/exports/download', { body, token: actors.vendorA.token })).status).toBe(403)
    expect((await booted.api.post('/exports/download', { body })).status).toBe(403)
  })
})
