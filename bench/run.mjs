// `npm run bench`: serves the seeded guide from the production server, from nginx in front of it, and the
// identical HTML from a minimal static server, all in one run, and prints req/s, p99 and the ratio to static.
// The production server answers a page Next served from its cache again by itself for a few seconds
// (READER_PAGE_CACHE_MS); a second instance with that off shows what Next's own handler and cache do.
// Also measures publish-to-visible directly and through the proxy, and the gzipped JavaScript on `/`.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import autocannon from 'autocannon'

import { ensureBuild, log, sleep, startApp, track, waitFor } from './lib.mjs'

const DURATION = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 50
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3200)
const STATIC_PORT = APP_PORT + 1
const PROXY_PORT = APP_PORT + 2
const HANDLER_PORT = APP_PORT + 3
const FILTERED = '/leverandorer?gruppe=leger&type=epj-integrated'
function startStatic(pages) {
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url)
    if (!body) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
    res.end(body)
  })
  return new Promise((resolve) => server.listen(STATIC_PORT, () => resolve(server)))
}

function ensureNginx() {
  const which = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim().split('\n')[0]
  log('installing nginx from Debian packages...')
  const apt = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx'], { stdio: 'inherit' })
  if (apt.status !== 0) throw new Error('could not install nginx')
  return '/usr/sbin/nginx'
}

async function startProxy(work) {
  const nginx = ensureNginx()
  const runDir = path.join(work, 'nginx')
  fs.mkdirSync(runDir, { recursive: true })
  const conf = fs
    .readFileSync('deploy/nginx.conf.template', 'utf8')
    .replaceAll('{{RUN_DIR}}', runDir)
    .replaceAll('{{UPSTREAM}}', `127.0.0.1:${APP_PORT}`)
    .replaceAll('{{LISTEN}}', `127.0.0.1:${PROXY_PORT}`)
  const file = path.join(runDir, 'nginx.conf')
  // Started as root, nginx runs its workers as another user, which could not write the cache in our temp
  // folder; here the workers stay the user who runs the benchmark.
  const asRoot = process.getuid?.() === 0
  fs.writeFileSync(file, asRoot ? `user root;\n${conf}` : conf)
  track(spawn(nginx, ['-c', file, '-g', 'daemon off;'], { stdio: 'inherit' }))
  await waitFor(`http://127.0.0.1:${PROXY_PORT}/`)
}

async function load(name, url) {
  await autocannon({ url, connections: 10, duration: 1 }) // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION })
  const row = { name, reqPerSec: Math.round(result.requests.average), p99ms: result.latency.p99, errors: result.errors + result.non2xx }
  log(`${name}: ${row.reqPerSec} req/s, p99 ${row.p99ms} ms${row.errors ? `, ${row.errors} errors/non-2xx` : ''}`)
  return row
}

async function gzippedJs(base, pagePath) {
  const html = await (await fetch(base + pagePath)).text()
  // Modern browsers skip `noModule` scripts (Next's legacy polyfills), so they are not counted.
  const sources = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => m[2])
  let total = 0
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    total += zlib.gzipSync(body, { level: 9 }).length
  }
  return { scripts: new Set(sources).size, gzipKB: Math.round(total / 102.4) / 10 }
}

/** Publishes a visible change through the API and polls `pagePath` on each base until it shows. */
async function publishToVisible(admin, bases, pagePath) {
  const login = await fetch(`http://localhost:${APP_PORT}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const found = await (await fetch(`http://localhost:${APP_PORT}/api/vendors?where[_status][equals]=published&limit=1&depth=0`, { headers: auth })).json()
  const vendor = found.docs[0]
  const marker = `${vendor.name} ${crypto.randomBytes(3).toString('hex')}`
  const started = Date.now()
  const res = await fetch(`http://localhost:${APP_PORT}/api/vendors/${vendor.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ name: marker, _status: 'published' }),
  })
  if (!res.ok) throw new Error(`publish failed: ${res.status}`)
  const results = {}
  await Promise.all(
    Object.entries(bases).map(async ([name, base]) => {
      while (Date.now() - started < 30_000) {
        const html = await (await fetch(base + pagePath)).text()
        if (html.includes(marker)) {
          results[name] = Date.now() - started
          return
        }
        await sleep(50)
      }
      results[name] = null
    }),
  )
  return results
}

ensureBuild()
const { base: app, work, admin } = await startApp(APP_PORT)
log(`working in ${work}`)
// The same server with its reader page cache off: every request goes through Next's handler and cache.
const { base: handlerOnly } = await startApp(HANDLER_PORT, { READER_PAGE_CACHE_MS: '0' })
const pages = new Map()
for (const p of ['/', FILTERED]) {
  await fetch(app + p)
  pages.set(p, Buffer.from(await (await fetch(app + p)).arrayBuffer()))
}
const staticServer = await startStatic(pages)
const stat = `http://localhost:${STATIC_PORT}`
await startProxy(work)
const proxy = `http://127.0.0.1:${PROXY_PORT}`

const rows = []
rows.push(await load('static  /', `${stat}/`))
rows.push(await load('next    /', `${app}/`))
rows.push(await load('nginx   /', `${proxy}/`))
rows.push(await load('static  leverandorer (filtered)', `${stat}${FILTERED}`))
rows.push(await load('next    leverandorer (filtered)', `${app}${FILTERED}`))
await fetch(handlerOnly + '/')
await fetch(handlerOnly + FILTERED)
rows.push(await load('next, every request through Next /', `${handlerOnly}/`))
rows.push(await load('next, every request through Next leverandorer (filtered)', `${handlerOnly}${FILTERED}`))
const ratio = (a, b) => Math.round((a.reqPerSec / b.reqPerSec) * 1000) / 1000
const js = await gzippedJs(app, '/')
const visibleGuide = await publishToVisible(admin, { next: app, nginx: proxy }, '/')
const visibleDirectory = await publishToVisible(admin, { next: app, nginx: proxy }, '/leverandorer')

const summary = {
  machine: `${os.cpus().length} cores, node ${process.version}`,
  connections: CONNECTIONS,
  seconds: DURATION,
  rows,
  ratios: {
    guideNextToStatic: ratio(rows[1], rows[0]),
    guideNginxToStatic: ratio(rows[2], rows[0]),
    filteredNextToStatic: ratio(rows[4], rows[3]),
    guideThroughNextToStatic: ratio(rows[5], rows[0]),
    filteredThroughNextToStatic: ratio(rows[6], rows[3]),
  },
  javascriptOnGuide: js,
  publishToVisibleMs: { guide: visibleGuide, directory: visibleDirectory },
}
console.log('\n== results ==')
console.table(rows)
console.log(JSON.stringify(summary, null, 2))
fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/results.json', JSON.stringify(summary, null, 2))
staticServer.close()
process.exit(0)
