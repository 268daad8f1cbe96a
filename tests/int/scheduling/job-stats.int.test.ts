import { REVIEW_REMINDER_TASK } from '../../../src/scheduling/reviewReminders'
import { bootWithRoles } from '../../helpers/boot'

// Payload adds the payload-jobs-stats global for scheduled tasks (the hourly review reminder): when each was
// last scheduled. Payload's default lets any logged-in user, a vendor too, read and overwrite it, and so stop
// the reminders (a last run far in the future). Its scheduler reads and writes it through the database only.
const { booted, actors } = bootWithRoles()

describe('payload-jobs-stats (Payload-internal global)', () => {
  it.each(['anonymous', 'vendorA', 'editor', 'admin'] as const)('%s can neither read nor write it over REST', async (actor) => {
    const token = actor === 'anonymous' ? undefined : actors[actor].token
    expect((await booted.api.get('/globals/payload-jobs-stats', { token })).status).toBe(403)
    const write = await booted.api.post('/globals/payload-jobs-stats', { token, body: { stats: { scheduledRuns: {} } } })
    expect(write.status).toBe(403)
  })

  it('the scheduler still records its runs: the review reminder has a last scheduled run from this call', async () => {
    const before = Date.now()
    await booted.payload.jobs.handleSchedules()
    type Stats = { stats?: { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } } } | null
    const stats = (await booted.payload.db.findGlobal({ slug: 'payload-jobs-stats' })) as Stats
    const lastRun = stats?.stats?.scheduledRuns?.queues?.default?.tasks?.[REVIEW_REMINDER_TASK]?.lastScheduledRun
    expect(typeof lastRun).toBe('string')
    expect(Date.parse(lastRun!)).toBeGreaterThanOrEqual(before)
  })
})
