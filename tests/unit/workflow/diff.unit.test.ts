import type { Field } from 'payload'

import { diffDocuments } from '../../../src/workflow/diff'

// The field-by-field difference between the public (published) version of a document and the proposed one
// (issue 12 item 4): leaves only, each named by its path and label, values as a person reads them.

const FIELDS: Field[] = [
  { name: 'name', type: 'text', label: { nb: 'Navn på løsningen', en: 'Solution name' } },
  { name: 'shortDescription', type: 'textarea', localized: true, label: { nb: 'Kort beskrivelse', en: 'Short description' } },
  {
    type: 'row',
    fields: [
      { name: 'solutionType', type: 'select', label: { nb: 'Type løsning', en: 'Solution type' }, options: [{ value: 'standalone', label: { nb: 'Frittstående', en: 'Standalone' } }, { value: 'integrated', label: { nb: 'Integrert', en: 'Integrated' } }] },
      { name: 'professionCategories', type: 'relationship', relationTo: 'profession-categories', hasMany: true, label: { nb: 'Faggrupper', en: 'Profession groups' } },
    ],
  },
  {
    name: 'features',
    type: 'group',
    label: { nb: 'Egenskaper', en: 'Features' },
    fields: [
      { name: 'bankId', type: 'checkbox', label: { nb: 'BankID', en: 'BankID' } },
      { name: 'chat', type: 'checkbox', label: { nb: 'Chat', en: 'Chat' } },
    ],
  },
  {
    name: 'attestations',
    type: 'group',
    label: { nb: 'Bekreftelser', en: 'Attestations' },
    fields: [{ name: 'normen', type: 'group', label: 'Normen', fields: [{ name: 'confirmedAt', type: 'date', label: { nb: 'Sist bekreftet', en: 'Last confirmed' } }] }],
  },
  { name: 'description', type: 'richText', label: { nb: 'Beskrivelse', en: 'Description' } },
  { name: 'links', type: 'array', label: { nb: 'Lenker', en: 'Links' }, fields: [{ name: 'url', type: 'text', label: 'URL' }] },
  // Not content: the review panel, the workflow's own fields, the change note.
  { name: 'review', type: 'ui', admin: { components: { Field: '/x#X' } } },
  { name: 'workflow', type: 'group', fields: [{ name: 'state', type: 'text' }] },
  { name: 'changeNote', type: 'textarea' },
]

const paragraph = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })

const PUBLISHED = {
  name: 'Videomøte',
  shortDescription: 'Trygg video.',
  solutionType: 'standalone',
  professionCategories: [{ id: 1, name: 'Leger', updatedAt: '2026-01-01' }],
  features: { bankId: true, chat: false },
  attestations: { normen: { confirmedAt: '2026-03-01T12:00:00.000Z' } },
  description: paragraph('Første tekst.'),
  links: [{ id: 'a', url: 'https://a.example' }],
  workflow: { state: 'published' },
  changeNote: 'Forrige merknad',
}

describe('diffDocuments', () => {
  it('the same document has no changes, whatever the workflow fields, the note or populated relations say', () => {
    const same = { ...PUBLISHED, workflow: { state: 'in-review' }, changeNote: 'Ny merknad', professionCategories: [1] }
    expect(diffDocuments(FIELDS, PUBLISHED, same)).toEqual([])
  })

  it('names each changed leaf with its path and label, in the order of the fields, values readable', () => {
    const proposed = {
      ...PUBLISHED,
      name: 'Videomøte Pluss',
      solutionType: 'integrated',
      professionCategories: [{ id: 1, name: 'Leger' }, { id: 2, name: 'Psykologer' }],
      features: { bankId: false, chat: true },
      attestations: { normen: { confirmedAt: '2026-11-30T12:00:00.000Z' } },
      description: paragraph('Andre tekst.'),
      links: [{ id: 'a', url: 'https://a.example' }, { id: 'b', url: 'https://b.example' }],
    }
    expect(diffDocuments(FIELDS, PUBLISHED, proposed)).toEqual([
      { path: 'name', label: { nb: 'Navn på løsningen', en: 'Solution name' }, published: 'Videomøte', proposed: 'Videomøte Pluss' },
      { path: 'solutionType', label: { nb: 'Type løsning', en: 'Solution type' }, published: 'Frittstående', proposed: 'Integrert' },
      { path: 'professionCategories', label: { nb: 'Faggrupper', en: 'Profession groups' }, published: 'Leger', proposed: 'Leger, Psykologer' },
      { path: 'features.bankId', label: { nb: 'Egenskaper › BankID', en: 'Features › BankID' }, published: 'Ja', proposed: 'Nei' },
      { path: 'features.chat', label: { nb: 'Egenskaper › Chat', en: 'Features › Chat' }, published: 'Nei', proposed: 'Ja' },
      {
        path: 'attestations.normen.confirmedAt',
        label: { nb: 'Bekreftelser › Normen › Sist bekreftet', en: 'Attestations › Normen › Last confirmed' },
        published: '01.03.2026',
        proposed: '30.11.2026',
      },
      { path: 'description', label: { nb: 'Beskrivelse', en: 'Description' }, published: 'Første tekst.', proposed: 'Andre tekst.' },
      { path: 'links.1.url', label: { nb: 'Lenker 2 › URL', en: 'Links 2 › URL' }, published: '', proposed: 'https://b.example' },
    ])
  })

  it('English values when asked (yes/no, option labels)', () => {
    const changes = diffDocuments(FIELDS, PUBLISHED, { ...PUBLISHED, solutionType: 'integrated', features: { bankId: false, chat: false } }, { lang: 'en' })
    expect(changes.map((c) => [c.path, c.published, c.proposed])).toEqual([
      ['solutionType', 'Standalone', 'Integrated'],
      ['features.bankId', 'Yes', 'No'],
    ])
  })

  it('a localized field read in every language is compared language by language', () => {
    const published = { ...PUBLISHED, shortDescription: { nb: 'Trygg video.', nn: 'Trygg video.', en: 'Safe video.' } }
    const proposed = { ...PUBLISHED, shortDescription: { nb: 'Trygg video.', nn: 'Trygg videoløysing.', en: null } }
    expect(diffDocuments(FIELDS, published, proposed, { locales: ['nb', 'nn', 'en'] })).toEqual([
      { path: 'shortDescription.nn', label: { nb: 'Kort beskrivelse (nn)', en: 'Short description (nn)' }, published: 'Trygg video.', proposed: 'Trygg videoløysing.' },
      { path: 'shortDescription.en', label: { nb: 'Kort beskrivelse (en)', en: 'Short description (en)' }, published: 'Safe video.', proposed: '' },
    ])
  })

  it('nothing published: every filled-in leaf is proposed, empty ones are left out', () => {
    const changes = diffDocuments(FIELDS, {}, { name: 'Ny løsning', features: { bankId: false, chat: true } })
    expect(changes.map((c) => [c.path, c.published, c.proposed])).toEqual([
      ['name', '', 'Ny løsning'],
      ['features.bankId', '', 'Nei'],
      ['features.chat', '', 'Ja'],
    ])
  })
})
