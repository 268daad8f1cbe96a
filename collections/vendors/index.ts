import { ownEntriesFilter } from '@/access/ownEntriesFilter'
import { contentCollection } from '@/collections/contentCollection'
import { optionsOf } from '@/domain/list'
import { SOLUTION_TYPES } from '@/domain/solutionTypes'
import { VENDOR_FEATURES } from '@/domain/vendorFeatures'
import { attestationsField } from '@/fields/attestationField'
import { nextReviewAtField } from '@/fields/nextReviewAtField'
import { ownerField } from '@/fields/ownerField'
import { richTextField } from '@/fields/richTextField'
import { slugField } from '@/fields/slugField'
import { reviewNoteField } from '@/fields/reviewNoteField'
import { urlField } from '@/fields/urlField'
import { adminLivePreview, adminPreview } from '@/preview/adminPreview'
import { addressHooks, withdrawField } from '@/withdrawal/collectionParts'

/**
 * Video solutions the guide lists. Editors decide what is published; vendor ownership and review
 * (vendor self-service) attach to the sidebar's "Forvaltning" area later.
 */
export const Vendors = contentCollection({
  slug: 'vendors',
  labels: { singular: { nb: 'Videoløsning', en: 'Video solution' }, plural: { nb: 'Videoløsninger', en: 'Video solutions' } },
  admin: {
    useAsTitle: 'name',
    ...adminPreview('vendors'),
    ...adminLivePreview('vendors'),
    defaultColumns: ['name', 'solutionType', 'professionCategories', '_status', 'updatedAt'],
    // A vendor's list holds its own organisation's entries only (it may still read every published one).
    baseFilter: ownEntriesFilter,
  },
  defaultSort: 'name',
  // Autosave every 2 s, as for articles, so that live preview follows the editor's typing.
  drafts: { maxPerDoc: 50, autosaveMs: 2000, schedulePublish: true },
  // A published slug change leaves a permanent redirect behind; a publish takes the addresses back (src/withdrawal/).
  hooks: addressHooks(),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { nb: 'Navn på løsningen', en: 'Solution name' } },
    slugField({ from: 'name' }),
    ownerField(),
    {
      type: 'row',
      fields: [
        {
          name: 'solutionType',
          type: 'select',
          required: true,
          label: { nb: 'Type løsning', en: 'Solution type' },
          options: optionsOf(SOLUTION_TYPES),
        },
        {
          name: 'professionCategories',
          type: 'relationship',
          relationTo: 'profession-categories',
          hasMany: true,
          required: true,
          label: { nb: 'Faggrupper', en: 'Profession groups' },
        },
      ],
    },
    {
      name: 'shortDescription',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: { nb: 'Kort beskrivelse', en: 'Short description' },
    },
    richTextField({ name: 'description', label: { nb: 'Beskrivelse', en: 'Description' } }),
    urlField({ name: 'website', label: { nb: 'Nettsted', en: 'Website' } }),
    { name: 'contactEmail', type: 'email', label: { nb: 'Kontakt-e-post', en: 'Contact e-mail' } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { nb: 'Logo', en: 'Logo' } },
    {
      name: 'features',
      type: 'group',
      label: { nb: 'Egenskaper', en: 'Features' },
      fields: VENDOR_FEATURES.map(({ value, label }) => ({ name: value, type: 'checkbox' as const, defaultValue: false, label: { ...label } })),
    },
    attestationsField(),
    {
      // "Bekreft opplysningene på nytt": a vendor re-confirms an approved entry's attestations (src/vendors/).
      name: 'reconfirm',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/vendors/ReconfirmButton#ReconfirmButton' } },
    },
    reviewNoteField('vendors'),
    // Staff set it: a vendor's own entry is looked at again when the directorate decides.
    nextReviewAtField('vendors.nextReviewAt'),
    withdrawField(),
  ],
})
