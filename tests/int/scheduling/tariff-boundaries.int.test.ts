import { bootPayload } from '../../helpers/boot'
import { tariffData } from '../../helpers/content'
import { startReceiver, type Receiver } from '../../helpers/receiver'
import type { BootedPayload } from '../../helpers/api'

// A tariff's state on the site (upcoming, current, expired) follows the Oslo day. Pages are cached, so with
// nobody publishing the site would show yesterday's state until a cache lifetime ran out: a job at each future
// boundary of a published tariff announces the tariffs' tag (src/scheduling/tariffBoundaries.ts).
let booted: BootedPayload
let receiver: Receiver

beforeAll(async () => {
  booted = await bootPayload()
  receiver = await startReceiver()
  process.env.CONTENT_CHANGES_URL = receiver.url
})

afterAll(async () => {
  process.env.CONTENT_CHANGES_URL = 'off'
  await receiver.close()
})

type Id = number | string
const DAY = 86_400_000
/** Noon UTC of a day from today, as the admin's day-only picker stores it. */
const dayFromNow = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T12:00:00.000Z`

async function boundaryJobs(id: Id) {
  const { docs } = await booted.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'announceTariffBoundary' } }, { 'input.tariff': { equals: String(id) } }] },
    sort: 'waitUntil',
    overrideAccess: true,
    depth: 0,
  })
  return (docs as unknown as { id: Id; waitUntil: string }[]).map((job) => new Date(job.waitUntil).toISOString())
}

const osloMidnightOf = (iso: string) => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date(iso))
  // Oslo is UTC+1 or UTC+2: midnight is 23:00 or 22:00 UTC the day before; ask which.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T00:00:00.000Z`).getTime() - offset * 3_600_000
    if (new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' }).format(candidate) === '00') {
      return new Date(candidate).toISOString()
    }
  }
  throw new Error('no Oslo midnight found')
}
const nextDayOf = (iso: string) => `${new Date(new Date(iso).getTime() + DAY).toISOString().slice(0, 10)}T12:00:00.000Z`

describe('a published tariff changes state on the site at its dates', () => {
  it('a job is queued at each future boundary: the first day and the day after the last', async () => {
    const from = dayFromNow(3)
    const to = dayFromNow(10)
    const tariff = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: from, effectiveTo: to }), _status: 'published' } as never, overrideAccess: true })
    expect(await boundaryJobs(tariff.id)).toEqual([osloMidnightOf(from), osloMidnightOf(nextDayOf(to))])
  })

  it('only future boundaries: a current tariff gets its end, an expired one nothing', async () => {
    const current = await booted.payload.create({
      collection: 'tariffs',
      data: { ...tariffData({ effectiveFrom: dayFromNow(-30), effectiveTo: dayFromNow(5) }), _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await boundaryJobs(current.id)).toEqual([osloMidnightOf(nextDayOf(dayFromNow(5)))])
    const expired = await booted.payload.create({
      collection: 'tariffs',
      data: { ...tariffData({ effectiveFrom: dayFromNow(-30), effectiveTo: dayFromNow(-5) }), _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await boundaryJobs(expired.id)).toEqual([])
  })

  it('a publish with new dates replaces the jobs (no duplicates); a draft save keeps them', async () => {
    const tariff = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: dayFromNow(3) }), _status: 'published' } as never, overrideAccess: true })
    await booted.payload.update({ collection: 'tariffs', id: tariff.id, data: { effectiveFrom: dayFromNow(4), effectiveTo: dayFromNow(8), _status: 'published' } as never, overrideAccess: true })
    expect(await boundaryJobs(tariff.id)).toEqual([osloMidnightOf(dayFromNow(4)), osloMidnightOf(nextDayOf(dayFromNow(8)))])
    await booted.payload.update({ collection: 'tariffs', id: tariff.id, data: { description: 'Samme datoer' }, overrideAccess: true })
    expect(await boundaryJobs(tariff.id)).toHaveLength(2)

    // A draft with other dates is not on the site: the published tariff's boundaries stay.
    await booted.payload.update({ collection: 'tariffs', id: tariff.id, data: { effectiveFrom: dayFromNow(20), effectiveTo: dayFromNow(25), _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(await boundaryJobs(tariff.id)).toEqual([osloMidnightOf(dayFromNow(4)), osloMidnightOf(nextDayOf(dayFromNow(8)))])
  })

  it('an unpublished or deleted tariff leaves no job behind; a draft never had one', async () => {
    const draft = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: dayFromNow(3) }), _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(await boundaryJobs(draft.id)).toEqual([])

    const withdrawn = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: dayFromNow(3) }), _status: 'published' } as never, overrideAccess: true })
    await booted.payload.update({ collection: 'tariffs', id: withdrawn.id, data: { _status: 'draft' } as never, overrideAccess: true })
    expect(await boundaryJobs(withdrawn.id)).toEqual([])

    const deleted = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: dayFromNow(3) }), _status: 'published' } as never, overrideAccess: true })
    await booted.payload.delete({ collection: 'tariffs', id: deleted.id, overrideAccess: true })
    expect(await boundaryJobs(deleted.id)).toEqual([])
  })

  it('when a boundary comes, its job announces the tariffs to every app process', async () => {
    const tariff = await booted.payload.create({ collection: 'tariffs', data: { ...tariffData({ effectiveFrom: dayFromNow(2) }), _status: 'published' } as never, overrideAccess: true })
    const { docs } = await booted.payload.find({ collection: 'payload-jobs', where: { 'input.tariff': { equals: String(tariff.id) } }, overrideAccess: true })
    await booted.payload.db.updateOne({ collection: 'payload-jobs', id: docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } } as never)
    receiver.clear()
    await booted.payload.jobs.run()
    expect(receiver.tags()).toEqual(['tariffs'])
    expect(await boundaryJobs(tariff.id)).toEqual([])
  })
})
