import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns the violations, readable in a failure message. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: public pages forbid inline scripts (CSP), so a <script> tag would be refused.
  await page.evaluate(`${fs.readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;void 0`)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations
  })
  return (violations as Violation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  )
}
