import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { importsOf, target } from '../../helpers/imports'

// Dependencies point one way: the site's content module reads through the Local API, and shares with Payload's
// side only what lives in src/access (rules and their flags); it never imports a hook, a collection or the site.
const root = process.cwd()

const contentFiles = fs
  .readdirSync(path.join(root, 'src/content'))
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => path.join('src/content', name))

describe('dependencies point one way: the content module', () => {
  it.each(contentFiles)('%s imports no Payload hook, no collection, no component and nothing under app/', (file) => {
    const targets = importsOf(file).map((s) => target(file, s))
    expect(targets.filter((t) => /^(src\/hooks|collections|src\/collections|src\/components|app)(\/|$)/.test(t))).toEqual([])
  })

  it('the draft-read flag that the content module and the hook share lives in src/access', () => {
    expect(importsOf('src/content/payload.ts').map((s) => target('src/content/payload.ts', s))).toContain('src/access/ownDrafts')
    const hook = 'src/hooks/readPublishedOnlyForPublic.ts'
    expect(importsOf(hook).map((s) => target(hook, s))).toContain('src/access/ownDrafts')
  })
})
