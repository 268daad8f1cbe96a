import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const VNU = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar')

type VnuMessage = { type: string; lastLine?: number; message: string; extract?: string }

/** The W3C Nu Html Checker's errors (vnu-jar on the machine's Java) for one HTML document, as readable lines. */
export function htmlErrors(html: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vv-vnu-'))
  const file = path.join(dir, 'page.html')
  fs.writeFileSync(file, html)
  try {
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (result.error) throw result.error
    const messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages
    return messages.map((m) => `${m.type} line ${m.lastLine}: ${m.message} ${JSON.stringify(m.extract ?? '')}`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
