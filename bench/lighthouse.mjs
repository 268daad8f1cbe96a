// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last for Node 20), mobile, on `/` and `/leverandorer` of
// the production server on a fresh seeded database. Prints the four category scores, TBT and LCP.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureBuild, log, startApp } from './lib.mjs'

const PORT = Number(process.env.BENCH_APP_PORT ?? 3300)
const PAGES = ['/', '/leverandorer']
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'

ensureBuild()
const { base, work } = await startApp(PORT)
for (const page of PAGES) await fetch(base + page) // first render into the cache
const results = []
for (const page of PAGES) {
  const out = path.join(work, `lh-${results.length}.json`)
  const run = spawnSync(
    'npx',
    ['-y', 'lighthouse@12.2.3', base + page, '--output=json', `--output-path=${out}`, '--quiet', '--form-factor=mobile',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}`)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  const score = (c) => Math.round(report.categories[c].score * 100)
  results.push({
    page,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
    failed: Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  })
}
console.table(results.map(({ failed, ...r }) => r))
for (const r of results) if (r.failed.length) log(`${r.page}: audits not passed: ${r.failed.join(', ')}`)
fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/lighthouse.json', JSON.stringify(results, null, 2))
process.exit(0)
