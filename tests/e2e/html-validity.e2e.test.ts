import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { beforeAll, describe, expect, test } from '@jest/globals'

import { url, vendorsAsPublicAndStaff } from './helpers/api'
import { LANGS, otherArticle, pageKinds, prefix, type Lang } from './helpers/pages'

const VNU = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar')

type VnuMessage = { type: string; url?: string; lastLine?: number; message: string; extract?: string }

/**
 * Runs the W3C Nu Html Checker (vnu-jar, on the machine's Java) over the given files in one JVM and returns
 * its errors per file.
 */
function validate(files: string[]): Map<string, string[]> {
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  const messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages
  const byFile = new Map<string, string[]>(files.map((f) => [f, []]))
  for (const m of messages) {
    const list = byFile.get(m.url ? fileURLToPath(m.url) : '')
    const text = `${m.type} line ${m.lastLine}: ${m.message} ${JSON.stringify(m.extract ?? '')}`
    if (list) list.push(text)
    else throw new Error(`the checker reported on something it was not given: ${text}`)
  }
  return byFile
}

// Each page is fetched as a reader fetches it (no session): the document the production server sends after it
// has removed Next's runtime (src/server/public-pages.mjs). Editors get the same markup plus Next's scripts.
describe('every public page kind is valid HTML (W3C Nu Html Checker)', () => {
  let pages: { lang: Lang; kind: string; path: string; status: number }[]

  beforeAll(async () => {
    const vendorSlug = (await vendorsAsPublicAndStaff()).published[0]!.slug
    const article = await otherArticle()
    pages = LANGS.flatMap((lang) => [
      ...pageKinds(lang, vendorSlug, article).map((p) => ({ lang, ...p })),
      { lang, kind: 'search without results', path: prefix(lang, '/sok?q=qqxxzz'), status: 200 },
      { lang, kind: 'empty search', path: prefix(lang, '/sok'), status: 200 },
    ])
  }, 60_000)

  test('the checker itself catches an error (so that a silent checker cannot pass)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-vnu-'))
    const file = path.join(dir, 'bad.html')
    fs.writeFileSync(file, '<!DOCTYPE html><html lang="nb"><head><title>x</title></head><body><ul><li value="1">a</li></ul></body></html>')
    const errors = validate([file]).get(file)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(errors).toHaveLength(1)
    expect(errors![0]).toContain('“value” not allowed on element “li”')
  }, 60_000)

  test('0 errors on the guide, directory, filtered directory, vendor, tariffs, research, an article, search with and without results, the accessibility statement and the 404, in nb, nn and en', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-vnu-'))
    const files: { file: string; label: string }[] = []
    const statuses: string[] = []
    for (const [i, page] of pages.entries()) {
      const res = await fetch(url(page.path), { headers: { Accept: 'text/html' } })
      if (res.status !== page.status) statuses.push(`${page.path}: ${res.status}, expected ${page.status}`)
      const file = path.join(dir, `${i}.html`)
      fs.writeFileSync(file, await res.text())
      files.push({ file, label: `${page.lang} ${page.kind} ${page.path}` })
    }
    expect(statuses).toEqual([])
    const errors = validate(files.map((f) => f.file))
    const failures = files.flatMap(({ file, label }) => (errors.get(file) ?? []).map((e) => `${label}: ${e}`))
    fs.rmSync(dir, { recursive: true, force: true })
    expect(failures).toEqual([])
  }, 180_000)
})
