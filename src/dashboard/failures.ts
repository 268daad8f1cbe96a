import type { PayloadRequest } from 'payload'

import { withoutAddresses } from '../mail/redact'
import { SUBSCRIBER_MAIL_TASK } from '../subscriptions/subscriberMail'

/** A job that has been taken for longer than this is stuck (its process died while running it). */
export const STUCK_AFTER_MS = 10 * 60_000

export type FailedJob = {
  id: number | string
  task: string
  /**
   * For a failed e-mail: its subject and recipients (staff mail), or for mail to subscribers its subject and
   * how many failed (`subscribers`), never their addresses.
   */
  mail: { subject: string; to: string[]; subscribers?: number } | null
  error: string
  tries: number
  at: string
  stuck: boolean
}

type Job = {
  id: number | string
  taskSlug?: string | null
  input?: { subject?: string; to?: string[] | string } | null
  error?: unknown
  log?: { state?: string; error?: unknown }[] | null
  totalTried?: number | null
  updatedAt: string
  processing?: boolean | null
}

function messageOf(job: Job): string {
  const last = [...(job.log ?? [])].reverse().find((entry) => entry.state === 'failed')?.error ?? job.error
  if (!last) return ''
  if (typeof last === 'string') return last
  const message = (last as { message?: unknown }).message
  return typeof message === 'string' ? message : JSON.stringify(last).slice(0, 300)
}

/**
 * Jobs that failed for good (hasError: their retries are used up) and jobs stuck running, newest first, read
 * as the user (staff only). A failed 'sendMail' job is a failed e-mail (src/mail/sendMailTask.ts); failed
 * 'sendSubscriberMail' jobs are one row per subject with their count (the newest's error and time).
 */
export async function failedJobs(req: PayloadRequest, now = new Date()): Promise<FailedJob[]> {
  const stuckBefore = new Date(now.getTime() - STUCK_AFTER_MS).toISOString()
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      or: [{ hasError: { equals: true } }, { and: [{ processing: { equals: true } }, { updatedAt: { less_than: stuckBefore } }] }],
    },
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const failed: FailedJob[] = []
  const bySubject = new Map<string, FailedJob>()
  for (const job of docs as unknown as Job[]) {
    const subject = String(job.input?.subject ?? '')
    const item = failedJob(job)
    if (job.taskSlug !== SUBSCRIBER_MAIL_TASK) {
      failed.push(item)
      continue
    }
    const group = bySubject.get(subject)
    if (group) {
      group.mail!.subscribers! += 1
      group.tries = Math.max(group.tries, item.tries)
      group.stuck &&= item.stuck
      continue
    }
    const first = { ...item, mail: { subject, to: [], subscribers: 1 }, error: withoutAddresses(item.error) }
    bySubject.set(subject, first)
    failed.push(first)
  }
  return failed
}

/** A job as the dashboard lists it (one row). */
function failedJob(job: Job): FailedJob {
  const to = job.input?.to
  return {
    id: job.id,
    task: job.taskSlug ?? '',
    mail: job.taskSlug === 'sendMail' ? { subject: String(job.input?.subject ?? ''), to: Array.isArray(to) ? to : to ? [to] : [] } : null,
    error: messageOf(job),
    tries: job.totalTried ?? 0,
    at: job.updatedAt,
    stuck: job.processing === true && !(job as { hasError?: boolean }).hasError,
  }
}
