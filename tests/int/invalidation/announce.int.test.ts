import { announceAsScript, announceContentChange, invalidationFailures } from '../../../src/invalidation/index.mjs'
import { freePort } from '../../helpers/server'
import { startReceiver, useReceiver } from '../../helpers/receiver'

// announceContentChange against a local stand-in for the internal route: what it sends, and what it does
// when delivery fails. No Payload here; the hooks that call it are covered in tests/int/content/revalidation.
const receiver = useReceiver()

function recordingLogger() {
  const lines = { warn: [] as string[], error: [] as string[] }
  return { lines, logger: { warn: (m: string) => void lines.warn.push(m), error: (m: string) => void lines.error.push(m) } }
}

describe('announceContentChange', () => {
  it('POSTs { tags } as JSON, signed with the key derived from PAYLOAD_SECRET, and logs nothing', async () => {
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures().failures
    await announceContentChange(['vendors', 'search', 'vendors'], logger)
    expect(receiver.received).toHaveLength(1)
    const [got] = receiver.received
    expect(JSON.parse(got!.body)).toEqual({ tags: ['vendors', 'search'] })
    expect(got!.signedCorrectly).toBe(true)
    expect(lines).toEqual({ warn: [], error: [] })
    expect(invalidationFailures().failures).toBe(before)
  })

  it('an announcement signed with another secret does not verify', async () => {
    const other = await startReceiver('another-secret-another-secret-0123456789')
    process.env.CONTENT_CHANGES_URL = other.url
    try {
      await announceContentChange(['tariffs'], recordingLogger().logger)
      expect(other.received).toHaveLength(1)
      expect(other.received[0]!.signedCorrectly).toBe(false)
    } finally {
      await other.close()
    }
  })

  it('a refusal (non-2xx) is logged as an error and counted, with no address in the count', async () => {
    receiver.state.status = 401
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures().failures
    await announceContentChange(['articles'], logger)
    const after = invalidationFailures()
    expect(after.failures).toBe(before + 1)
    expect(after.lastError).toBe('a content change was not delivered: answered 401')
    expect(Date.now() - Date.parse(after.lastFailureAt!)).toBeLessThan(5000)
    expect(lines.error).toHaveLength(1)
    expect(lines.error[0]).toContain(receiver.url)
    expect(lines.error[0]).toContain('answered 401')
  })

  it('nothing listening, in the server process (where the target is the server itself), is an error, counted as unreachable', async () => {
    process.env.CONTENT_CHANGES_URL = `http://127.0.0.1:${await freePort()}/api/internal/content-changed`
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures()
    await announceContentChange(['vendors'], logger)
    const after = invalidationFailures()
    expect(after.unreachable).toBe(before.unreachable + 1)
    expect(after.failures).toBe(before.failures)
    expect(after.lastError).toBe('a content change was not delivered: nothing listens at the configured address')
    expect(lines.warn).toEqual([])
    expect(lines.error).toHaveLength(1)
    expect(lines.error[0]).toContain(process.env.CONTENT_CHANGES_URL)
    expect(lines.error[0]).toMatch(/nothing listens there: CONTENT_CHANGES_URL or PORT names the wrong address/)
  })

  it('nothing listening, in a script, is counted as unreachable and a warning: a server that is down expires everything when it starts', async () => {
    process.env.CONTENT_CHANGES_URL = `http://127.0.0.1:${await freePort()}/api/internal/content-changed`
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures()
    announceAsScript()
    try {
      await announceContentChange(['vendors'], logger)
    } finally {
      announceAsScript(false)
    }
    expect(invalidationFailures().unreachable).toBe(before.unreachable + 1)
    expect(lines.error).toEqual([])
    expect(lines.warn).toHaveLength(1)
    expect(lines.warn[0]).toMatch(/nothing listens there: if that server is down, it expires every cached page when it starts; if it runs, CONTENT_CHANGES_URL or PORT names the wrong address/)
  })

  it('a receiver that does not answer within 3 s is a counted error', async () => {
    receiver.state.status = 'hang'
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures().failures
    const started = Date.now()
    await announceContentChange(['media'], logger)
    const took = Date.now() - started
    expect(took).toBeGreaterThanOrEqual(2900)
    expect(took).toBeLessThan(5000)
    expect(invalidationFailures().failures).toBe(before + 1)
    expect(invalidationFailures().lastError).toMatch(/no answer within 3 s/)
    expect(lines.error).toHaveLength(1)
  }, 15_000)

  it('unknown tags are refused before anything is sent, and counted', async () => {
    const { lines, logger } = recordingLogger()
    const before = invalidationFailures().failures
    await announceContentChange(['vendors', 'not-a-tag'], logger)
    expect(receiver.received).toEqual([])
    expect(invalidationFailures().failures).toBe(before + 1)
    expect(lines.error[0]).toContain('not-a-tag')
  })

  it('with CONTENT_CHANGES_URL=off nothing is sent and nothing is logged', async () => {
    process.env.CONTENT_CHANGES_URL = 'off'
    const { lines, logger } = recordingLogger()
    await announceContentChange(['vendors'], logger)
    expect(receiver.received).toEqual([])
    expect(lines).toEqual({ warn: [], error: [] })
  })
})
