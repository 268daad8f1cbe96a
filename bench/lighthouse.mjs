// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last for Node 20), mobile, on `/` and `/leverandorer` of
// the production server on a fresh seeded database. Prints the four category scores, TBT and LCP.
// Lighthouse's simulated throttling multiplies the main-thread time it observes, so on a shared 2-core machine
// one run can differ from the next by 5-10 points: each page is run LH_RUNS times (default 5) and the run with
// the median performance score is reported, as Lighthouse's own documentation recommends.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureBuild, log, startApp } from './lib.mjs'

const PORT = Number(process.env.BENCH_APP_PORT ?? 3300)
const PAGES = ['/', '/leverandorer']
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 5))
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'

ensureBuild()
const { base, work } = await startApp(PORT)
for (const page of PAGES) await fetch(base + page) // first render into the cache
const results = []
function lighthouse(page, out) {
  const run = spawnSync(
    'npx',
    ['-y', 'lighthouse@12.2.3', base + page, '--output=json', `--output-path=${out}`, '--quiet', '--form-factor=mobile',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}`)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  const score = (c) => Math.round(report.categories[c].score * 100)
  return {
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
  }
}
for (const page of PAGES) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(lighthouse(page, path.join(work, `lh-${results.length}-${i}.json`)))
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]
  log(`${page}: performance per run ${runs.map((r) => r.performance).join(', ')}; TBT ${runs.map((r) => r.tbtMs).join(', ')} ms`)
  results.push({ ...median, runs: runs.length, perfMin: sorted[0].performance, perfMax: sorted.at(-1).performance })
}
console.table(results.map(({ failed, ...r }) => r))
for (const r of results) if (r.failed.length) log(`${r.page}: audits not passed: ${r.failed.join(', ')}`)
fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/lighthouse.json', JSON.stringify(results, null, 2))
process.exit(0)
