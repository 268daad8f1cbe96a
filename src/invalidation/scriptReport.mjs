// How a script (npm run seed, npm run publish:document) ends when its write is done but its announcement did
// not reach the servers: announceContentChange never throws, and the counters live in the script's own
// process, so the script asks them after the write and says so in its exit status.
import { undeliveredSince } from './failures.mjs'

/** The exit status of a script whose write is done while the running servers were not told. */
export const UNDELIVERED_EXIT_CODE = 3

/**
 * The line to print when an announcement since `before` went undelivered; undefined when all arrived.
 * @param {import('./failures.mjs').FailureCounters} before counters taken before the write
 * @param {string} done what was written, e.g. "vendors 4 published"
 * @returns {string | undefined}
 */
export function undeliveredReport(before, done) {
  const undelivered = undeliveredSince(before)
  if (!undelivered) return undefined
  const { failures, unreachable, lastError } = undelivered
  const count = failures + unreachable
  const hint = unreachable > 0
    ? 'If the server runs, CONTENT_CHANGES_URL or PORT names the wrong address; a server that is down expires every cached page when it starts.'
    : 'Check CONTENT_CHANGES_URL and the server log.'
  const what = count === 1 ? '1 announcement undelivered' : `${count} announcements undelivered`
  return `${done}, but the running servers were not told (${what}, the last: ${lastError}): the site may show the old content for up to an hour. ${hint}`
}
