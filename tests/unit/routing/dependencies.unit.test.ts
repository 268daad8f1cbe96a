import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()

/** The modules a file imports, as written (static imports and re-exports, dynamic imports). */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1])
}

/** Where an import leads, relative to the repository ('@/x' is src/x). */
function target(file: string, specifier: string): string {
  if (specifier.startsWith('@/')) return path.join('src', specifier.slice(2))
  if (specifier.startsWith('.')) return path.relative(root, path.resolve(root, path.dirname(file), specifier))
  return specifier
}

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
