import type { Field } from 'payload'

import { bootPayload } from '../../helpers/boot'
import type { BootedPayload } from '../../helpers/api'

// Issue 12 item 2: every field a vendor fills in on its entry says, in bokmål and English, what the directorate
// expects in it (admin.description). The paths are written out by hand: a new vendor field needs its text here.

const VENDOR_FIELDS = [
  'name',
  'solutionType',
  'professionCategories',
  'shortDescription',
  'description',
  'website',
  'contactEmail',
  'logo',
  'features',
  'features.browserBased',
  'features.helsenorgeIntegration',
  'features.connectedToHelsenett',
  'attestations',
  ...['endToEndEncryption', 'participantsIdentified', 'allParticipantsVisible', 'dataProcessorAgreement', 'followsNormen'].flatMap((key) => [
    `attestations.${key}`,
    `attestations.${key}.status`,
    `attestations.${key}.confirmedAt`,
  ]),
]

const booted = {} as BootedPayload
beforeAll(async () => {
  Object.assign(booted, await bootPayload())
})

/** Every named field of a collection by its path (rows and collapsibles add no segment). */
function byPath(fields: Field[], prefix = ''): Map<string, Field> {
  const found = new Map<string, Field>()
  for (const field of fields) {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if ('name' in field && field.name) found.set(path, field)
    if ('fields' in field && Array.isArray(field.fields)) {
      for (const [p, f] of byPath(field.fields, 'name' in field && field.name ? `${path}.` : prefix)) found.set(p, f)
    }
  }
  return found
}

describe('help texts on the vendor form', () => {
  it.each(VENDOR_FIELDS)('%s says what the directorate expects, in bokmål and English', (path) => {
    const field = byPath(booted.payload.collections.vendors.config.fields).get(path)
    expect(field).toBeDefined()
    const description = (field as { admin?: { description?: unknown } }).admin?.description as { nb?: string; en?: string } | undefined
    expect(typeof description?.nb === 'string' && description.nb.length > 20).toBe(true)
    expect(typeof description?.en === 'string' && description.en.length > 20).toBe(true)
    expect(description?.nb).not.toBe(description?.en)
  })

  it('the re-confirmation button stays in the sidebar', () => {
    const reconfirm = byPath(booted.payload.collections.vendors.config.fields).get('reconfirm') as { type?: string } | undefined
    expect(reconfirm?.type).toBe('ui')
  })
})
