import { contentCollection } from '@/collections/contentCollection'
import { slugField } from '@/fields/slugField'

/** The profession groups the guide is organised by (Leger, Psykologer og psykiatere, ...). */
export const ProfessionCategories = contentCollection({
  slug: 'profession-categories',
  labels: {
    singular: { nb: 'Faggruppe', en: 'Profession group' },
    plural: { nb: 'Faggrupper', en: 'Profession groups' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug'],
  },
  defaultSort: 'order',
  drafts: false,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120, label: { nb: 'Navn', en: 'Name' } },
    slugField({ from: 'name', localized: true }),
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { nb: 'Beskrivelse', en: 'Description' },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      min: 0,
      max: 1000,
      defaultValue: 100,
      label: { nb: 'Rekkefølge', en: 'Order' },
      admin: { position: 'sidebar' },
    },
  ],
})
