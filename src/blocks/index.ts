import type { Block } from 'payload'

import { DAY_ONLY } from '../fields/dayOnly'
import { linkHrefField } from '../fields/linkHrefField'
import { optionsOf } from '../domain/list'
import { RESEARCH_KINDS } from '../domain/researchKinds'
import { SOLUTION_TYPES } from '../domain/solutionTypes'

/** Every body block is titled in the editor by what its settings choose (src/blocks/BlockLabel.tsx). */
const TITLED_BY_SETTINGS = { components: { Label: '/src/blocks/BlockLabel#BlockLabel' } }

/** Lists the published vendors of one profession group and one solution type, from vendor data. */
export const VendorListBlock: Block = {
  slug: 'vendorList',
  admin: TITLED_BY_SETTINGS,
  interfaceName: 'VendorListBlock',
  labels: { singular: { nb: 'Leverandørliste', en: 'Vendor list' }, plural: { nb: 'Leverandørlister', en: 'Vendor lists' } },
  fields: [
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'profession-categories',
      required: true,
      label: { nb: 'Faggruppe', en: 'Profession group' },
    },
    {
      name: 'solutionType',
      type: 'select',
      required: true,
      label: { nb: 'Type løsning', en: 'Solution type' },
      options: optionsOf(SOLUTION_TYPES),
    },
  ],
}

/** A table of tariffs, optionally for one profession group, as valid on a given date (today when empty). */
export const TariffTableBlock: Block = {
  slug: 'tariffTable',
  admin: TITLED_BY_SETTINGS,
  interfaceName: 'TariffTableBlock',
  labels: { singular: { nb: 'Takst-tabell', en: 'Tariff table' }, plural: { nb: 'Takst-tabeller', en: 'Tariff tables' } },
  fields: [
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'profession-categories',
      label: { nb: 'Faggruppe (tom = alle)', en: 'Profession group (empty = all)' },
    },
    {
      name: 'asOf',
      type: 'date',
      label: { nb: 'Gyldig per dato (tom = i dag)', en: 'Valid on date (empty = today)' },
      admin: DAY_ONLY,
    },
    {
      name: 'includeExpired',
      type: 'checkbox',
      defaultValue: true,
      label: { nb: 'Vis også utløpte takster', en: 'Also show expired tariffs' },
    },
  ],
}

/** A list of published research links, optionally of one kind. */
export const ResearchListBlock: Block = {
  slug: 'researchList',
  admin: TITLED_BY_SETTINGS,
  interfaceName: 'ResearchListBlock',
  labels: { singular: { nb: 'Forskningsliste', en: 'Research list' }, plural: { nb: 'Forskningslister', en: 'Research lists' } },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { nb: 'Type (tom = alle)', en: 'Kind (empty = all)' },
      options: optionsOf(RESEARCH_KINDS),
    },
    { name: 'limit', type: 'number', min: 1, max: 50, defaultValue: 20, label: { nb: 'Høyst antall', en: 'At most' } },
  ],
}

/** A highlighted remark ("Merk"). */
export const NoteBlock: Block = {
  slug: 'note',
  admin: TITLED_BY_SETTINGS,
  interfaceName: 'NoteBlock',
  labels: { singular: { nb: 'Merknad', en: 'Note' }, plural: { nb: 'Merknader', en: 'Notes' } },
  fields: [
    { name: 'title', type: 'text', defaultValue: 'Merk', maxLength: 80, label: { nb: 'Overskrift', en: 'Heading' } },
    { name: 'text', type: 'textarea', required: true, maxLength: 2000, label: { nb: 'Tekst', en: 'Text' } },
  ],
}

/** Who to contact, with a safe link. */
export const ContactBoxBlock: Block = {
  slug: 'contactBox',
  admin: TITLED_BY_SETTINGS,
  interfaceName: 'ContactBoxBlock',
  labels: { singular: { nb: 'Kontaktboks', en: 'Contact box' }, plural: { nb: 'Kontaktbokser', en: 'Contact boxes' } },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { nb: 'Overskrift', en: 'Heading' } },
    { name: 'text', type: 'textarea', maxLength: 2000, label: { nb: 'Tekst', en: 'Text' } },
    { name: 'linkLabel', type: 'text', maxLength: 120, label: { nb: 'Lenketekst', en: 'Link text' } },
    linkHrefField('href', false),
  ],
}

export const articleBlocks = [VendorListBlock, TariffTableBlock, ResearchListBlock, NoteBlock, ContactBoxBlock]
