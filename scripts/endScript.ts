import type { Payload } from 'payload'

/**
 * The end of a script run by scripts/script-runner.mjs: closes the database so the process ends by itself
 * once every line is written (process.exit could cut output short on a pipe), and releases the timer the
 * runner's bundle holds the event loop with. A handle left open elsewhere must not keep it alive for long.
 */
export async function endScript(payload: Payload): Promise<void> {
  await payload.destroy().catch(() => {})
  clearInterval((globalThis as { __videoveilederKeepAlive?: NodeJS.Timeout }).__videoveilederKeepAlive)
  setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref()
}
