import { describe, expect, test } from '@jest/globals'
import type { Field, SanitizedCollectionConfig } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import config from '@payload-config'

import { ResearchListBlock, VendorListBlock } from '../../../src/blocks'
import { blockTitle } from '../../../src/blocks/blockTitle'
import type { RenderContext } from '../../../src/components/richtext/context'
import { VendorListBlock as RenderVendorList } from '../../../src/components/richtext/blocks'
import { VendorFilters } from '../../../src/components/vendors/VendorFilters'
import { applyVendorFilter, parseVendorFilter } from '../../../src/components/vendors/filters'
import { ATTESTATION_KEYS, ATTESTATION_STATUSES } from '../../../src/domain/attestations'
import { PROFESSION_VALUES } from '../../../src/domain/professions'
import { RESEARCH_KIND_VALUES, RESEARCH_KINDS } from '../../../src/domain/researchKinds'
import { SOLUTION_TYPE_VALUES } from '../../../src/domain/solutionTypes'
import { VENDOR_FEATURE_VALUES } from '../../../src/domain/vendorFeatures'
import { dictionary } from '../../../src/i18n/dictionary'
import { LANGS } from '../../../src/i18n/langs'
import { canonicalFilterQuery, FEATURE_PARAMS } from '../../../src/routing/vendorFilterQuery'
import type { VendorSummary } from '../../../src/content/types'

// Every place that names solution types, features, attestations, professions or research kinds takes them from
// src/domain/. The stored values are written here once more by hand: changing one is a schema change.

describe('the domain lists (stored values, pinned by hand)', () => {
  test('solution types, features, attestations, professions and research kinds', () => {
    expect(SOLUTION_TYPE_VALUES).toEqual(['epj-integrated', 'standalone'])
    expect(VENDOR_FEATURE_VALUES).toEqual(['browserBased', 'helsenorgeIntegration', 'connectedToHelsenett'])
    expect(ATTESTATION_KEYS).toEqual(['endToEndEncryption', 'participantsIdentified', 'allParticipantsVisible', 'dataProcessorAgreement', 'followsNormen'])
    expect(PROFESSION_VALUES).toEqual(['lege', 'psykolog', 'fysioterapeut', 'manuellterapeut', 'logoped', 'audiopedagog', 'kiropraktor', 'jordmor'])
    expect(RESEARCH_KIND_VALUES).toEqual(['report', 'study', 'webpage'])
  })
})

type Named = Field & { name?: string; fields?: Field[]; options?: ({ value: string } | string)[]; tabs?: { fields: Field[] }[] }

/** A field by name, looking through rows, collapsibles and tabs (which have no name of their own). */
function fieldOf(fields: Field[], name: string): Named {
  for (const field of fields as Named[]) {
    if (field.name === name) return field
    const inner = [...(field.name ? [] : (field.fields ?? [])), ...(field.tabs ?? []).flatMap((tab) => tab.fields)]
    if (inner.length) {
      try {
        return fieldOf(inner, name)
      } catch {
        // not in this one
      }
    }
  }
  throw new Error(`no field ${name}`)
}

const optionValues = (field: Named) => (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value))
const namesOf = (fields: Field[] = []): string[] =>
  (fields as Named[]).flatMap((f) => (f.name ? [f.name] : namesOf(f.fields))).filter((n) => n !== 'id')

describe('collections and blocks take their options from src/domain/', () => {
  let collections: SanitizedCollectionConfig[]
  const collection = (slug: string) => collections.find((c) => c.slug === slug)!.fields
  beforeAll(async () => {
    collections = (await config).collections
  })

  test('vendors: solution type, features and attestations', () => {
    expect(optionValues(fieldOf(collection('vendors'), 'solutionType'))).toEqual(SOLUTION_TYPE_VALUES)
    expect(namesOf(fieldOf(collection('vendors'), 'features').fields)).toEqual(VENDOR_FEATURE_VALUES)
    const attestations = fieldOf(collection('vendors'), 'attestations')
    expect(namesOf(attestations.fields)).toEqual(ATTESTATION_KEYS)
    for (const key of ATTESTATION_KEYS) {
      expect(optionValues(fieldOf(fieldOf(attestations.fields!, key).fields!, 'status'))).toEqual(ATTESTATION_STATUSES.map((s) => s.value))
    }
  })

  test('tariffs: professions; research links: kind', () => {
    expect(optionValues(fieldOf(collection('tariffs'), 'professions'))).toEqual(PROFESSION_VALUES)
    expect(optionValues(fieldOf(collection('research-links'), 'kind'))).toEqual(RESEARCH_KIND_VALUES)
  })

  test('the article blocks: vendor list by solution type, research list by kind, and their titles in the admin', () => {
    expect(optionValues(fieldOf(VendorListBlock.fields, 'solutionType'))).toEqual(SOLUTION_TYPE_VALUES)
    expect(optionValues(fieldOf(ResearchListBlock.fields, 'kind'))).toEqual(RESEARCH_KIND_VALUES)
    const i18n = { language: 'en', fallbackLanguage: 'nb' } as const
    for (const kind of RESEARCH_KINDS) {
      expect(blockTitle({ label: 'Research list', settings: { blockType: 'researchList', kind: kind.value } }, i18n as never)).toBe(
        `Research list: ${kind.label.en}`,
      )
    }
  })
})

describe('the site names every value in every language', () => {
  test.each(LANGS)('%s', (lang) => {
    const t = dictionary(lang)
    expect(Object.keys(t.vendors.solutionType)).toEqual(SOLUTION_TYPE_VALUES)
    expect(Object.keys(t.vendors.solutionTypePlural)).toEqual(SOLUTION_TYPE_VALUES)
    expect(Object.keys(t.vendors.feature)).toEqual(VENDOR_FEATURE_VALUES)
    expect(Object.keys(t.vendor.attestation)).toEqual(ATTESTATION_KEYS)
    expect(Object.keys(t.vendor.attestationStatus)).toEqual(ATTESTATION_STATUSES.map((s) => s.value))
    expect(Object.keys(t.profession)).toEqual(PROFESSION_VALUES)
    expect(Object.keys(t.research.kind)).toEqual(RESEARCH_KIND_VALUES)
  })
})

const vendor = (id: number, solutionType: VendorSummary['solutionType'], features: Partial<VendorSummary['features']> = {}): VendorSummary => ({
  id,
  name: `Løsning ${id}`,
  slug: `losning-${id}`,
  company: null,
  solutionType,
  categoryIds: [1],
  shortDescription: null,
  features: { browserBased: false, helsenorgeIntegration: false, connectedToHelsenett: false, ...features },
  updatedAt: '2026-12-01T00:00:00.000Z',
  attestations: [],
  confirmedAt: null,
  confirmationDueAt: null,
  confirmationOverdue: false,
})

describe('the public filters and blocks use the same values', () => {
  const t = dictionary('nb')
  const category = { id: 1, name: 'Leger', slug: 'leger', description: null, order: 1 }

  test('every solution type and feature is a filter the form offers, the URL keeps and the list applies', () => {
    expect(Object.keys(FEATURE_PARAMS)).toEqual(VENDOR_FEATURE_VALUES)
    const form = renderToStaticMarkup(
      createElement(VendorFilters, { t, action: '/leverandorer', categories: [category], filter: { group: null, type: null, features: [] } }),
    )
    for (const type of SOLUTION_TYPE_VALUES) {
      expect(form).toContain(`value="${type}"`)
      expect(canonicalFilterQuery(new URLSearchParams(`type=${type}`))).toBe(`type=${type}`)
      const filter = parseVendorFilter({ type }, [category])
      expect(filter.type).toBe(type)
      expect(applyVendorFilter([vendor(1, 'epj-integrated'), vendor(2, 'standalone')], filter).map((v) => v.solutionType)).toEqual([type])
    }
    for (const feature of VENDOR_FEATURE_VALUES) {
      const param = FEATURE_PARAMS[feature]
      expect(form).toContain(`name="${param}"`)
      expect(canonicalFilterQuery(new URLSearchParams(`${param}=1`))).toBe(`${param}=1`)
      const filter = parseVendorFilter({ [param]: '1' }, [category])
      expect(filter.features).toEqual([feature])
      expect(applyVendorFilter([vendor(1, 'standalone', { [feature]: true }), vendor(2, 'standalone')], filter).map((v) => v.id)).toEqual([1])
    }
  })

  test('the vendor list block shows the solutions of the type it names', () => {
    const ctx: RenderContext = {
      lang: 'nb',
      t,
      today: '2026-12-01',
      blocks: { categories: [{ ...category, fallback: undefined } as never], vendors: [vendor(1, 'epj-integrated'), vendor(2, 'standalone')], tariffs: [], research: [] },
      articles: [],
    }
    for (const type of SOLUTION_TYPE_VALUES) {
      const html = renderToStaticMarkup(createElement(RenderVendorList, { fields: { category: 1, solutionType: type }, ctx }))
      const shown = SOLUTION_TYPE_VALUES.map((v, i) => (html.includes(`Løsning ${i + 1}<`) ? v : null)).filter(Boolean)
      expect(shown).toEqual([type])
    }
  })
})
