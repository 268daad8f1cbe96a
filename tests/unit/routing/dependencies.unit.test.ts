import fs from 'node:fs'
import path from 'node:path'

import { importsOf, target } from '../../helpers/imports'

const root = process.cwd()

const routingFiles = fs.readdirSync(path.join(root, 'src/routing')).map((name) => path.join('src/routing', name))

describe('dependencies point one way: proxy.ts and its routing', () => {
  it('proxy.ts imports no component folder and nothing of the site under app/', () => {
    const targets = importsOf('proxy.ts').map((s) => target('proxy.ts', s))
    expect(targets.filter((t) => t.startsWith('src/components') || t.startsWith('app/') || t.startsWith('app\\'))).toEqual([])
    expect(targets).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/routing\//)]))
  })

  it.each(routingFiles)('%s imports neither components, pages, content nor Payload', (file) => {
    const targets = importsOf(file).map((s) => target(file, s))
    expect(targets.filter((t) => /^(src\/components|src\/content|app\/|payload|@payloadcms)/.test(t))).toEqual([])
  })

  it('the directory filters and the filter page take their routing from src/routing', () => {
    const filters = importsOf('src/components/vendors/filters.ts').map((s) => target('src/components/vendors/filters.ts', s))
    expect(filters).toContain('src/routing/vendorFilterQuery')
    expect(fs.existsSync(path.join(root, 'app/(frontend)/_lib/groupSlugs.ts'))).toBe(false)
  })
})
