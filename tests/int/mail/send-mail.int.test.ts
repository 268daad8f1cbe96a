import { jest } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { queueMail } from '../../../src/mail/queueMail'
import { MAIL_RETRIES } from '../../../src/mail/sendMailTask'
import { bootPayload } from '../../helpers/boot'
import { smtpEnv, startSmtpCapture, type SmtpCapture } from '../../helpers/smtp'

let capture: SmtpCapture
let payload: Payload

beforeAll(async () => {
  capture = await startSmtpCapture()
  Object.assign(process.env, smtpEnv(capture.port))
  payload = (await bootPayload()).payload
})

afterAll(async () => {
  await capture.close()
})

type Job = { id: number | string; hasError?: boolean | null; completedAt?: string | null; totalTried?: number | null; taskSlug?: string | null; processing?: boolean | null }

/** The job, or null once it completed (Payload deletes a completed job). */
async function jobOf(id: number | string): Promise<Job | null> {
  return (await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true, disableErrors: true })) as unknown as Job | null
}

async function queued(subject: string): Promise<Job> {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.subject': { equals: subject } }, overrideAccess: true, limit: 1 })
  if (!docs[0]) throw new Error(`no job for ${subject}`)
  return docs[0] as unknown as Job
}

/** Runs the queue until the job is done (null) or failed for good, waiting out each retry's backoff. */
async function runUntilSettled(id: number | string): Promise<Job | null> {
  for (let round = 0; round < 50; round += 1) {
    await payload.jobs.run({ where: { id: { equals: id } }, silent: true })
    const job = await jobOf(id)
    if (!job || job.hasError) return job
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return jobOf(id)
}

describe('e-mail through the sendMail job', () => {
  it('queueMail queues a sendMail job whose run delivers the message to the SMTP server', async () => {
    const req = await createLocalReq({}, payload)
    const subject = `Ny endring ${Date.now()}`
    await queueMail(req, { to: 'leser@example.no', subject, text: 'Veilederen er oppdatert.', html: '<p>Veilederen er oppdatert.</p>' })
    expect(capture.messages.some((m) => m.subject === subject)).toBe(false)

    const job = await queued(subject)
    expect(job.taskSlug).toBe('sendMail')
    const settled = await runUntilSettled(job.id)
    const mail = await capture.waitFor((m) => m.subject === subject)

    // Completed, and so deleted from the queue.
    expect(settled).toBeNull()
    expect(mail.to).toEqual(['leser@example.no'])
    expect(mail.from).toBe('test@videoveileder.example.no')
    expect(mail.text.trim()).toBe('Veilederen er oppdatert.')
    expect(mail.html).toContain('<p>Veilederen er oppdatert.</p>')
  })

  it('a refusing SMTP server: the job is retried, logged with its id each time, and ends failed (not dropped)', async () => {
    const errors: unknown[][] = []
    const spy = jest.spyOn(payload.logger, 'error').mockImplementation(((...args: unknown[]) => {
      errors.push(args)
    }) as never)
    capture.refuse(true)
    try {
      const req = await createLocalReq({}, payload)
      const subject = `Avvist ${Date.now()}`
      const before = capture.attempts()
      await queueMail(req, { to: ['a@example.no', 'b@example.no'], subject, text: 'Dette kommer ikke fram.' })
      const job = await queued(subject)
      const settled = await runUntilSettled(job.id)

      expect({ hasError: settled?.hasError, completed: Boolean(settled?.completedAt), tries: settled?.totalTried }).toEqual({
        hasError: true,
        completed: false,
        tries: MAIL_RETRIES + 1,
      })
      expect(capture.attempts() - before).toBe(MAIL_RETRIES + 1)
      expect(capture.messages.some((m) => m.subject === subject)).toBe(false)
      const ours = errors.filter(([obj]) => (obj as { jobId?: unknown })?.jobId === job.id)
      expect(ours).toHaveLength(MAIL_RETRIES + 1)
      // The failed job stays in the queue, where the dashboard finds failed e-mails.
      const failed = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendMail' } }, { hasError: { equals: true } }] },
        overrideAccess: true,
      })
      expect(failed.docs.map((d) => d.id)).toContain(job.id)
    } finally {
      capture.refuse(false)
      spy.mockRestore()
    }
  })
})
