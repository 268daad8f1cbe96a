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
import { vendorEndpoints } from '@/vendors/endpoints'
import { addressHooks, withdrawField } from '@/withdrawal/collectionParts'

import { VENDOR_HELP } from './helpTexts'

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
  // Under /api/vendors/…: Payload routes a path that starts with a collection's slug to that collection's endpoints only.
  endpoints: vendorEndpoints,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { nb: 'Navn på løsningen', en: 'Solution name' }, admin: { description: VENDOR_HELP.name } },
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
          admin: { description: VENDOR_HELP.solutionType },
        },
        {
          name: 'professionCategories',
          type: 'relationship',
          relationTo: 'profession-categories',
          hasMany: true,
          required: true,
          label: { nb: 'Faggrupper', en: 'Profession groups' },
          admin: { description: VENDOR_HELP.professionCategories },
        },
      ],
    },
    {
      name: 'shortDescription',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: { nb: 'Kort beskrivelse', en: 'Short description' },
      admin: { description: VENDOR_HELP.shortDescription },
    },
    richTextField({ name: 'description', label: { nb: 'Beskrivelse', en: 'Description' }, description: VENDOR_HELP.description }),
    urlField({ name: 'website', label: { nb: 'Nettsted', en: 'Website' }, description: VENDOR_HELP.website }),
    { name: 'contactEmail', type: 'email', label: { nb: 'Kontakt-e-post', en: 'Contact e-mail' }, admin: { description: VENDOR_HELP.contactEmail } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { nb: 'Logo', en: 'Logo' }, admin: { description: VENDOR_HELP.logo } },
    {
      name: 'features',
      type: 'group',
      label: { nb: 'Egenskaper', en: 'Features' },
      admin: { description: VENDOR_HELP.features },
      fields: VENDOR_FEATURES.map(({ value, label, help }) => ({
        name: value,
        type: 'checkbox' as const,
        defaultValue: false,
        label: { ...label },
        admin: { description: { ...help } },
      })),
    },
    attestationsField({ group: VENDOR_HELP.attestations, status: VENDOR_HELP.attestationStatus, confirmedAt: VENDOR_HELP.attestationConfirmedAt }),
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
