import type { CollectionConfig } from 'payload'

import { accessFor } from '@/access/accessFor'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateContent'
import { slugField } from '@/fields/slugField'

/** The profession groups the guide is organised by (Leger, Psykologer og psykiatere, ...). */
export const ProfessionCategories: CollectionConfig = {
  slug: 'profession-categories',
  labels: {
    singular: { nb: 'Faggruppe', en: 'Profession group' },
    plural: { nb: 'Faggrupper', en: 'Profession groups' },
  },
  access: accessFor('profession-categories'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'order', 'slug'],
    group: { nb: 'Innhold', en: 'Content' },
  },
  defaultSort: 'order',
  hooks: { afterChange: [revalidateAfterChange('profession-categories')], afterDelete: [revalidateAfterDelete('profession-categories')] },
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
}
