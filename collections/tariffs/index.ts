import { contentCollection } from '@/collections/contentCollection'
import { DAY_ONLY } from '@/fields/dayOnly'
import { optionsOf } from '@/domain/list'
import { PROFESSIONS } from '@/domain/professions'
import { reviewNoteField } from '@/fields/reviewNoteField'
import { urlField } from '@/fields/urlField'
import { adminPreview } from '@/preview/adminPreview'
import { say } from '@/validation/messages'
import { checkDateOrder } from '@/validation/rules'
import { requireProfession } from './hooks/requireProfession'
import { dropStateChanges, requeueStateChanges } from './hooks/requeueStateChanges'

/** Helfo billing tariffs for video and telephone consultations, with the dates they apply. */
export const Tariffs = contentCollection({
  slug: 'tariffs',
  labels: { singular: { nb: 'Takst', en: 'Tariff' }, plural: { nb: 'Takster', en: 'Tariffs' } },
  admin: {
    useAsTitle: 'code',
    ...adminPreview('tariffs'),
    defaultColumns: ['code', 'title', 'effectiveFrom', 'effectiveTo', '_status'],
  },
  defaultSort: 'effectiveFrom',
  drafts: { maxPerDoc: 50, schedulePublish: true },
  hooks: { beforeValidate: [requireProfession], afterChange: [requeueStateChanges], afterDelete: [dropStateChanges] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      maxLength: 60,
      index: true,
      label: { nb: 'Takstkode', en: 'Tariff code' },
      admin: { description: { nb: 'For eksempel 2ae', en: 'For example 2ae' } },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { nb: 'Tittel', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 3000, label: { nb: 'Beskrivelse', en: 'Description' } },
    {
      name: 'professionCategories',
      type: 'relationship',
      relationTo: 'profession-categories',
      hasMany: true,
      label: { nb: 'Faggrupper', en: 'Profession groups' },
    },
    {
      name: 'professions',
      type: 'select',
      hasMany: true,
      label: { nb: 'Yrker', en: 'Professions' },
      admin: {
        description: {
          nb: 'Yrker med egne takster, også de uten egen faggruppe (kiropraktorer, jordmødre, audiopedagoger).',
          en: 'Professions with tariffs of their own, also those without a group (chiropractors, midwives, audiopedagogues).',
        },
      },
      options: optionsOf(PROFESSIONS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          required: true,
          label: { nb: 'Gjelder fra', en: 'Effective from' },
          admin: DAY_ONLY,
        },
        {
          name: 'effectiveTo',
          type: 'date',
          label: { nb: 'Gjelder til', en: 'Effective to' },
          admin: DAY_ONLY,
          validate: (value: unknown, options) => {
            const problem = checkDateOrder((options.siblingData as { effectiveFrom?: string })?.effectiveFrom, value)
            return problem ? say(problem, options) : true
          },
        },
      ],
    },
    urlField({ name: 'sourceUrl', label: { nb: 'Kilde (Helfo)', en: 'Source (Helfo)' } }),
    reviewNoteField('tariffs'),
  ],
})
