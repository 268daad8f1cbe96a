import type { PayloadRequest, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { vendorStartData } from '../../../src/dashboard/vendorStart'
import { bootWithCategory } from '../../helpers/boot'
import { vendorData } from '../../helpers/content'

// Issue 12 item 2: the vendor's start page data (src/dashboard/vendorStart.ts), read as vendorA (organisation A)
// with organisation B's entries beside them.

const { booted, actors, category } = bootWithCategory()

type Id = number | string
const NOW = new Date('2026-12-01T12:00:00.000Z')
const pause = () => new Promise((resolve) => setTimeout(resolve, 15))

async function requestAs(id: Id): Promise<PayloadRequest> {
  const user = await booted.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, booted.payload)
}

/** Every attestation answered and confirmed on one day. */
const confirmedOn = (day: string) =>
  Object.fromEntries(
    ['endToEndEncryption', 'participantsIdentified', 'allParticipantsVisible', 'dataProcessorAgreement', 'followsNormen'].map((key) => [
      key,
      { status: 'yes', confirmedAt: `${day}T00:00:00.000Z` },
    ]),
  )

async function entry(owner: Id, name: string, options: { published?: boolean; state?: string; attestations?: object } = {}) {
  const doc = (await booted.payload.create({
    collection: 'vendors',
    data: vendorData(category.id, { name, owner, _status: options.published ? 'published' : 'draft', ...(options.attestations ? { attestations: options.attestations } : {}) }) as never,
    draft: !options.published,
    overrideAccess: true,
  })) as unknown as { id: Id }
  if (options.state) await booted.payload.update({ collection: 'vendors', id: doc.id, data: { workflow: { state: options.state } } as never, draft: true, overrideAccess: true })
  return doc
}

/** A review comment as POST /api/workflow/transition keeps it (a system write). */
async function comment(docId: Id, body: string, transition: string) {
  await pause()
  await booted.payload.create({ collection: 'review-comments', data: { collection: 'vendors', docId: String(docId), body, transition } as never, overrideAccess: true })
}

const e = {} as Record<string, { id: Id }>
const SETTINGS = { siteName: 'Videoveileder', disclaimers: { notExhaustive: 'a', notApproval: 'b', clinicianResponsible: 'c' } }

beforeAll(async () => {
  const A = actors.vendorA.organisation
  const B = actors.vendorB.organisation
  e.draft = await entry(A, 'A Utkast')
  e.submitted = await entry(A, 'A Sendt inn', { state: 'in-review' })
  e.changes = await entry(A, 'A Endringer', { state: 'changes-requested' })
  await comment(e.changes.id, 'Første merknad', 'changes-requested')
  await comment(e.changes.id, 'Legg til databehandleravtalen.', 'changes-requested')
  e.rejected = await entry(A, 'A Avvist', { state: 'rejected' })
  await comment(e.rejected.id, 'Løsningen er ikke en videoløsning.', 'rejected')
  e.overdue = await entry(A, 'A Forfalt', { published: true, attestations: confirmedOn('2025-11-01') })
  e.dueSoon = await entry(A, 'A Snart', { published: true, attestations: confirmedOn('2025-12-20') })
  e.fresh = await entry(A, 'A Fersk', { published: true, attestations: confirmedOn('2026-10-01') })
  // Approved, with a newer draft on top: the draft's state counts, the approved version's attestations too.
  e.editedApproved = await entry(A, 'A Godkjent med utkast', { published: true, attestations: confirmedOn('2025-10-15') })
  await booted.payload.update({ collection: 'vendors', id: e.editedApproved.id, data: { shortDescription: 'Ny tekst', workflow: { state: 'draft' } } as never, draft: true, overrideAccess: true })
  e.otherDraft = await entry(B, 'B Utkast')
  e.otherChanges = await entry(B, 'B Endringer', { state: 'changes-requested' })
  await comment(e.otherChanges.id, 'Hemmelig for A', 'changes-requested')
  e.otherOverdue = await entry(B, 'B Forfalt', { published: true, attestations: confirmedOn('2024-01-01') })
})

const idsOf = (list: { id: Id }[]) => list.map((x) => String(x.id)).sort()
const ids = (...keys: string[]) => keys.map((k) => String(e[k]!.id)).sort()

describe("a vendor's start page", () => {
  it("groups the organisation's own entries by the newest draft's state", async () => {
    const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
    expect(idsOf(data.byState.draft)).toEqual(ids('draft', 'editedApproved'))
    expect(idsOf(data.byState['in-review'])).toEqual(ids('submitted'))
    expect(idsOf(data.byState['changes-requested'])).toEqual(ids('changes'))
    expect(idsOf(data.byState.rejected)).toEqual(ids('rejected'))
    expect(idsOf(data.byState.published)).toEqual(ids('overdue', 'dueSoon', 'fresh'))
  })

  it('never lists organisation B’s entries', async () => {
    const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
    const all = [...Object.values(data.byState).flat(), ...data.reconfirmation].map((x) => String(x.id))
    for (const key of ['otherDraft', 'otherChanges', 'otherOverdue']) expect(all).not.toContain(String(e[key]!.id))
  })

  it("shows the editors' latest comment where they asked for changes or rejected", async () => {
    const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
    expect(data.byState['changes-requested'][0]?.comment?.body).toBe('Legg til databehandleravtalen.')
    expect(data.byState.rejected[0]?.comment?.body).toBe('Løsningen er ikke en videoløsning.')
    expect(data.byState.draft.every((x) => x.comment === null)).toBe(true)
  })

  it('lists approved entries overdue or due within 30 days for re-confirmation, soonest first (12 months by default)', async () => {
    const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
    expect(data.reconfirmMonths).toBe(12)
    expect(data.reconfirmation.map((x) => ({ id: String(x.id), overdue: x.overdue }))).toEqual([
      { id: String(e.editedApproved!.id), overdue: true },
      { id: String(e.overdue!.id), overdue: true },
      { id: String(e.dueSoon!.id), overdue: false },
    ])
    expect(data.reconfirmation[2]?.dueAt.slice(0, 10)).toBe('2026-12-19')
  })

  it('follows the site setting reconfirmMonths', async () => {
    await booted.payload.updateGlobal({ slug: 'site-settings', data: { ...SETTINGS, reconfirmMonths: 24 } as never, overrideAccess: true })
    try {
      const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
      expect(data.reconfirmMonths).toBe(24)
      expect(data.reconfirmation).toEqual([])
    } finally {
      await booted.payload.updateGlobal({ slug: 'site-settings', data: { ...SETTINGS, reconfirmMonths: 12 } as never, overrideAccess: true })
    }
  })

  it('names the organisation and where a new entry is made', async () => {
    const data = await vendorStartData(await requestAs(actors.vendorA.id), NOW)
    const org = await booted.payload.findByID({ collection: 'vendor-organisations', id: actors.vendorA.organisation, overrideAccess: true })
    expect(data.organisation).toEqual({ id: actors.vendorA.organisation, name: (org as { name: string }).name })
    expect(data.createHref).toBe('/admin/collections/vendors/create')
  })

  it('vendorB sees its own and not A’s comments', async () => {
    const data = await vendorStartData(await requestAs(actors.vendorB.id), NOW)
    expect(idsOf(data.byState['changes-requested'])).toEqual(ids('otherChanges'))
    expect(data.byState['changes-requested'][0]?.comment?.body).toBe('Hemmelig for A')
    expect(idsOf(data.reconfirmation)).toEqual(ids('otherOverdue'))
  })
})
