import fs from 'node:fs'
import path from 'node:path'

// For the tests that check which way dependencies point: what a source file imports, read as text.
const root = process.cwd()

/** The modules a file imports, as written (static imports and re-exports, dynamic imports). */
export function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8')
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!)
}

/** Where an import leads, relative to the repository ('@/x' is src/x); a package stays as written. */
export function target(file: string, specifier: string): string {
  if (specifier.startsWith('@/')) return path.join('src', specifier.slice(2))
  if (specifier.startsWith('.')) return path.relative(root, path.resolve(root, path.dirname(file), specifier))
  return specifier
}

