import { chromium } from 'playwright-core'
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: 412, height: 823 } })
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)))
await p.addInitScript(() => {
  window.__lcp = []
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? e.element.tagName + '.' + e.element.className + ' ' + (e.element.textContent || '').slice(0, 40) : null }) }).observe({ type: 'largest-contentful-paint', buffered: true })
})
const cdp = await p.context().newCDPSession(p)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await p.goto('http://localhost:3400' + (process.argv[2] ?? '/'), { waitUntil: 'networkidle' })
await p.waitForTimeout(1500)
console.log(JSON.stringify(await p.evaluate(() => window.__lcp), null, 1))
await b.close()
