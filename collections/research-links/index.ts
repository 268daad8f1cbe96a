import { contentCollection } from '@/collections/contentCollection'
import { optionsOf } from '@/domain/list'
import { RESEARCH_KINDS } from '@/domain/researchKinds'
import { urlField } from '@/fields/urlField'
import { adminPreview } from '@/preview/adminPreview'

/** Reports, studies and pages worth reading, with room for a link checker's findings. */
export const ResearchLinks = contentCollection({
  slug: 'research-links',
  labels: {
    singular: { nb: 'Forskningslenke', en: 'Research link' },
    plural: { nb: 'Forskning og rapporter', en: 'Research and reports' },
  },
  admin: {
    useAsTitle: 'title',
    ...adminPreview('research-links'),
    defaultColumns: ['title', 'publisher', 'year', 'kind', '_status'],
  },
  defaultSort: '-year',
  drafts: { maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { nb: 'Tittel', en: 'Title' } },
    { name: 'publisher', type: 'text', maxLength: 200, label: { nb: 'Utgiver', en: 'Publisher' } },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          min: 1990,
          max: 2100,
          label: { nb: 'År', en: 'Year' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'report',
          label: { nb: 'Type', en: 'Kind' },
          options: optionsOf(RESEARCH_KINDS),
        },
      ],
    },
    urlField({ name: 'url', label: { nb: 'Nettadresse', en: 'URL' }, required: true }),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 2000, label: { nb: 'Sammendrag', en: 'Summary' } },
    {
      name: 'linkCheck',
      type: 'group',
      label: { nb: 'Lenkesjekk', en: 'Link check' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'lastCheckedAt', type: 'date', label: { nb: 'Sist sjekket', en: 'Last checked' }, admin: { readOnly: true } },
        { name: 'lastStatus', type: 'number', label: { nb: 'Siste HTTP-status', en: 'Last HTTP status' }, admin: { readOnly: true } },
      ],
    },
  ],
})
