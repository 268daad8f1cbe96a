import fs from 'node:fs'
import path from 'node:path'

import { importsOf, target } from '../../helpers/imports'

// Dependencies point one way (issue 10 item 9): Payload's side (hooks, collections, access rules, fields,
// globals, blocks, endpoints, the database and seed modules) imports neither the HTTP server nor the site;
// the invalidation core imports neither Payload nor Next; src/db holds database things only.
const root = process.cwd()

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'data' ? [] : filesUnder(rel)
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [rel] : []
  })
}

const PAYLOAD_SIDE = ['src/hooks', 'collections', 'src/db', 'src/seed', 'src/access', 'src/fields', 'src/globals', 'src/blocks', 'src/endpoints']
const payloadSide = PAYLOAD_SIDE.flatMap((dir) => filesUnder(dir))

describe('dependencies point one way: invalidation', () => {
  it.each(payloadSide)('%s imports neither the HTTP server (src/server) nor the site (src/content, src/components)', (file) => {
    const targets = importsOf(file).map((s) => target(file, s))
    expect(targets.filter((t) => /^src\/(server|content|components)(\/|$)/.test(t))).toEqual([])
  })

  it.each(filesUnder('src/invalidation'))('%s imports neither Payload nor Next', (file) => {
    const targets = importsOf(file).map((s) => target(file, s))
    expect(targets.filter((t) => /^(payload|@payloadcms|next)(\/|$)/.test(t))).toEqual([])
  })

  it('src/db imports neither the seed nor the hooks, and the cache tags live in src/invalidation', () => {
    const targets = filesUnder('src/db').flatMap((file) => importsOf(file).map((s) => target(file, s)))
    expect(targets.filter((t) => /^src\/(seed|hooks)(\/|$)/.test(t))).toEqual([])
    expect(importsOf('src/content/tags.ts').map((s) => target('src/content/tags.ts', s))).toEqual(['src/invalidation/index.mjs'])
  })
})
