import { describe, expect, it } from '@jest/globals'

import type { Category, Tariff, VendorSummary } from '../../../src/content/types'
import { TARIFF_FIELDS, VENDOR_FIELDS } from '../../../src/openData/fields'
import { openTariff, TARIFF_CSV } from '../../../src/openData/tariffs'
import { openVendor, VENDOR_CSV } from '../../../src/openData/vendors'

const ORIGIN = 'https://veileder.example.no'

const categories: Category[] = [
  { id: 1, name: 'Leger', slug: 'leger', description: null, order: 1 },
  { id: 2, name: 'Psykologer og psykiatere', slug: 'psykologer-psykiatere', description: null, order: 2 },
]

const vendor: VendorSummary = {
  id: 7,
  name: 'Konsultasjon Pluss',
  slug: 'konsultasjon-pluss',
  company: 'Pluss AS',
  organisationNumber: '974760673',
  solutionType: 'standalone',
  // In the guide's order whatever order the entry names them; an id no published group has is left out.
  categoryIds: [2, 99, 1],
  shortDescription: 'Video i nettleseren.',
  features: { browserBased: true, helsenorgeIntegration: false, connectedToHelsenett: true },
  updatedAt: '2026-11-30T10:00:00.000Z',
  lastMajorChangeAt: '2026-11-29T09:00:00.000Z',
  attestations: [
    { key: 'endToEndEncryption', status: 'yes', confirmedAt: '2026-01-15T00:00:00.000Z' },
    { key: 'participantsIdentified', status: 'no', confirmedAt: '2026-02-01T00:00:00.000Z' },
    { key: 'allParticipantsVisible', status: 'unknown', confirmedAt: null },
    { key: 'dataProcessorAgreement', status: 'yes', confirmedAt: '2026-01-15T00:00:00.000Z' },
    { key: 'followsNormen', status: 'yes', confirmedAt: '2026-01-15T00:00:00.000Z' },
  ],
  confirmedAt: '2026-01-15T00:00:00.000Z',
  confirmationDueAt: '2027-01-15T00:00:00.000Z',
  confirmationOverdue: false,
}

const tariff: Tariff = {
  id: 3,
  code: '2ae',
  title: 'E-konsultasjon',
  description: 'Takst for e-konsultasjon.',
  categoryIds: [1],
  professions: ['lege'],
  // Stored as the instant Oslo's day begins: 16 March in Oslo is 15 March 23:00 UTC.
  effectiveFrom: '2020-03-15T23:00:00.000Z',
  effectiveTo: '2021-06-30T22:00:00.000Z',
  sourceUrl: 'https://www.helfo.no/takst',
}

/** Every leaf path of a JSON value, arrays as `[]`: what the documentation must name. */
function paths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((v) => paths(v, `${prefix}[]`)))]
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k))
  return [prefix]
}

describe('a vendor as open data', () => {
  it('has the fields the issue names, its groups by slug and name in the guide order, its page address', () => {
    expect(openVendor(vendor, categories, ORIGIN)).toEqual({
      id: 7,
      name: 'Konsultasjon Pluss',
      slug: 'konsultasjon-pluss',
      url: 'https://veileder.example.no/leverandorer/konsultasjon-pluss',
      shortDescription: 'Video i nettleseren.',
      company: 'Pluss AS',
      organisationNumber: '974760673',
      solutionType: 'standalone',
      professionGroups: [
        { slug: 'leger', name: 'Leger' },
        { slug: 'psykologer-psykiatere', name: 'Psykologer og psykiatere' },
      ],
      features: { browserBased: true, helsenorgeIntegration: false, connectedToHelsenett: true },
      attestations: vendor.attestations,
      confirmedAt: '2026-01-15T00:00:00.000Z',
      confirmationDueAt: '2027-01-15T00:00:00.000Z',
      confirmationOverdue: false,
      lastMajorChangeAt: '2026-11-29T09:00:00.000Z',
    })
  })

  it('says null, not undefined, for what an entry lacks (no owner, never a major change)', () => {
    const item = openVendor({ ...vendor, company: null, organisationNumber: undefined, lastMajorChangeAt: undefined }, categories, ORIGIN)
    expect(item.company).toBeNull()
    expect(item.organisationNumber).toBeNull()
    expect(item.lastMajorChangeAt).toBeNull()
  })

  it('is one CSV record with a column per feature and per attestation status and date', () => {
    const item = openVendor(vendor, categories, ORIGIN)
    const row = Object.fromEntries(VENDOR_CSV.map((c) => [c.name, c.value(item)]))
    expect(row).toEqual({
      id: 7,
      name: 'Konsultasjon Pluss',
      slug: 'konsultasjon-pluss',
      url: 'https://veileder.example.no/leverandorer/konsultasjon-pluss',
      shortDescription: 'Video i nettleseren.',
      company: 'Pluss AS',
      organisationNumber: '974760673',
      solutionType: 'standalone',
      professionGroups: 'leger;psykologer-psykiatere',
      professionGroupNames: 'Leger;Psykologer og psykiatere',
      'features.browserBased': true,
      'features.helsenorgeIntegration': false,
      'features.connectedToHelsenett': true,
      'attestations.endToEndEncryption.status': 'yes',
      'attestations.endToEndEncryption.confirmedAt': '2026-01-15T00:00:00.000Z',
      'attestations.participantsIdentified.status': 'no',
      'attestations.participantsIdentified.confirmedAt': '2026-02-01T00:00:00.000Z',
      'attestations.allParticipantsVisible.status': 'unknown',
      'attestations.allParticipantsVisible.confirmedAt': null,
      'attestations.dataProcessorAgreement.status': 'yes',
      'attestations.dataProcessorAgreement.confirmedAt': '2026-01-15T00:00:00.000Z',
      'attestations.followsNormen.status': 'yes',
      'attestations.followsNormen.confirmedAt': '2026-01-15T00:00:00.000Z',
      confirmedAt: '2026-01-15T00:00:00.000Z',
      confirmationDueAt: '2027-01-15T00:00:00.000Z',
      confirmationOverdue: false,
      lastMajorChangeAt: '2026-11-29T09:00:00.000Z',
    })
  })

  it('documents every JSON field and every CSV column, and nothing else', () => {
    const item = openVendor(vendor, categories, ORIGIN)
    expect(VENDOR_FIELDS.map((f) => f.json).sort()).toEqual(paths(item).sort())
    expect(VENDOR_FIELDS.flatMap((f) => f.csv).sort()).toEqual(VENDOR_CSV.map((c) => c.name).sort())
  })
})

describe('a tariff as open data', () => {
  it('has what /takster shows: code, name, description, the Oslo days it applies, its state on the day asked, its groups and source', () => {
    expect(openTariff(tariff, categories, ORIGIN, '2021-01-01')).toEqual({
      id: 3,
      code: '2ae',
      title: 'E-konsultasjon',
      description: 'Takst for e-konsultasjon.',
      url: 'https://veileder.example.no/takster#takst-3',
      professionGroups: [{ slug: 'leger', name: 'Leger' }],
      professions: ['lege'],
      effectiveFrom: '2020-03-16',
      effectiveTo: '2021-07-01',
      status: 'current',
      sourceUrl: 'https://www.helfo.no/takst',
    })
  })

  it('is upcoming before its first Oslo day and expired after its last, as the page marks it; open-ended stays current', () => {
    expect(openTariff(tariff, categories, ORIGIN, '2020-03-15').status).toBe('upcoming')
    expect(openTariff(tariff, categories, ORIGIN, '2020-03-16').status).toBe('current')
    expect(openTariff(tariff, categories, ORIGIN, '2021-07-02').status).toBe('expired')
    const open = openTariff({ ...tariff, effectiveTo: null }, categories, ORIGIN, '2099-01-01')
    expect(open.effectiveTo).toBeNull()
    expect(open.status).toBe('current')
  })

  it('is one CSV record; lists joined with the separator', () => {
    const item = openTariff({ ...tariff, professions: ['lege', 'psykolog'] }, categories, ORIGIN, '2021-01-01')
    expect(Object.fromEntries(TARIFF_CSV.map((c) => [c.name, c.value(item)]))).toEqual({
      id: 3,
      code: '2ae',
      title: 'E-konsultasjon',
      description: 'Takst for e-konsultasjon.',
      url: 'https://veileder.example.no/takster#takst-3',
      professionGroups: 'leger',
      professionGroupNames: 'Leger',
      professions: 'lege;psykolog',
      effectiveFrom: '2020-03-16',
      effectiveTo: '2021-07-01',
      status: 'current',
      sourceUrl: 'https://www.helfo.no/takst',
    })
  })

  it('documents every JSON field and every CSV column, and nothing else', () => {
    const item = openTariff(tariff, categories, ORIGIN, '2021-01-01')
    expect(TARIFF_FIELDS.map((f) => f.json).sort()).toEqual(paths(item).sort())
    expect(TARIFF_FIELDS.flatMap((f) => f.csv).sort()).toEqual(TARIFF_CSV.map((c) => c.name).sort())
  })
})
