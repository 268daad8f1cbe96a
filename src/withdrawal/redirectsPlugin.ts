import type { Field, Plugin } from 'payload'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { relationship } from 'payload/shared'

import { accessFor } from '../access/accessFor'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { sitePathOf } from '../routing/sitePath'
import { say } from '../validation/messages'
import { WITHDRAWABLE } from './addresses'
import { DEFAULT_REDIRECT_TYPE, REDIRECT_TYPES, REDIRECTS } from './slugs'

const NOT_A_SITE_PATH = {
  nb: 'Skriv en adresse på dette nettstedet som begynner med én «/» (for eksempel /artikler/gammel-adresse), uten domene.',
  en: 'Type an address on this site that starts with a single "/" (for example /artikler/old-address), without a domain.',
}

type Options = { req?: { i18n?: { language?: string } } }

/** An address the site serves: a site path without a query. */
const validateFrom = (value: unknown, options: Options) =>
  typeof value === 'string' && sitePathOf(value) === value && !/[?#]/.test(value) ? true : say(NOT_A_SITE_PATH, options)

const NO_PAGE = { nb: 'Velg siden adressen skal sende leseren til.', en: 'Choose the page the address sends readers to.' }

const TO_ITSELF = { nb: 'En adresse kan ikke sende leseren til seg selv.', en: 'An address cannot send readers to itself.' }

type Sibling = { siblingData?: { type?: string }; data?: { from?: unknown } }

/** A custom target must be a path of this site too (no `//evil.example`, no `https://evil.example`), and not `from` itself. */
const validateUrl = (value: unknown, options: Options & Sibling) => {
  if (options.siblingData?.type !== 'custom') return true
  if (sitePathOf(value) === null) return say(NOT_A_SITE_PATH, options)
  return value === options.data?.from ? say(TO_ITSELF, options) : true
}

/**
 * A reference is required when the target is a page. The plugin marks both targets `required` and relies on
 * the admin's conditions; that makes the whole `to` group required in every GraphQL update, so that a change
 * to the note alone could not be saved. Here each is required only for its own kind of target.
 */
const validateReference = (value: unknown, options: Options & Sibling) => {
  if (options.siblingData?.type !== 'reference') return true
  if (value === null || value === undefined) return say(NO_PAGE, options)
  return (relationship as (v: unknown, o: unknown) => ReturnType<typeof relationship>)(value, { ...options, required: true })
}

const LABELS: Record<string, { nb: string; en: string }> = {
  from: { nb: 'Fra adresse', en: 'From address' },
  type: { nb: 'Mål', en: 'Target' },
  reference: { nb: 'Side på nettstedet', en: 'Page on the site' },
  url: { nb: 'Adresse på nettstedet', en: 'Address on the site' },
}

/** plugin-redirects' fields with our labels, the site-path rule on both addresses, and the status's default. */
function ownFields(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'from') return { ...field, label: LABELS.from, validate: validateFrom } as Field
    if (field.name === 'to' && field.type === 'group') {
      return {
        ...field,
        fields: field.fields.map((sub) => {
          if (!('name' in sub)) return sub
          if (sub.name === 'type' && sub.type === 'radio') {
            return {
              ...sub,
              label: LABELS.type,
              options: [
                { value: 'reference', label: { nb: 'En artikkel eller videoløsning', en: 'An article or video solution' } },
                { value: 'custom', label: { nb: 'En adresse', en: 'An address' } },
              ],
            }
          }
          if (sub.name === 'reference') return { ...sub, required: false, label: LABELS.reference, validate: validateReference } as Field
          if (sub.name === 'url') return { ...sub, required: false, label: LABELS.url, validate: validateUrl } as Field
          return sub
        }),
      }
    }
    return field
  })
}

/**
 * The store of permanent redirects (@payloadcms/plugin-redirects, collection `redirects`): an old address of an
 * article or vendor page (one row per language's address: `from` is the whole path, so localized addresses are
 * rows of their own), and where it leads: a document, followed to wherever it is now in the reader's language,
 * or a path of this site. Rows come from a withdrawal with a redirect and from every published slug change
 * (src/withdrawal/hooks/); staff may also keep them by hand. proxy.ts answers them (src/withdrawal/resolve.ts).
 */
export const redirects: Plugin = redirectsPlugin({
  collections: [...WITHDRAWABLE],
  redirectTypes: [...REDIRECT_TYPES],
  // Not required: it has a default, and a required select must be sent in every GraphQL create.
  redirectTypeFieldOverride: { required: false, defaultValue: DEFAULT_REDIRECT_TYPE, label: { nb: 'Statuskode', en: 'Status code' } },
  overrides: {
    slug: REDIRECTS,
    access: accessFor(REDIRECTS),
    labels: { singular: { nb: 'Videresending', en: 'Redirect' }, plural: { nb: 'Videresendinger', en: 'Redirects' } },
    admin: { group: { nb: 'Innhold', en: 'Content' }, useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'createdAt'] },
    // A redirect decides what an article's or vendor's address answers: the pages' caches forget them.
    hooks: {
      afterChange: [revalidateAfterChange('articles'), revalidateAfterChange('vendors')],
      afterDelete: [revalidateAfterDelete('articles'), revalidateAfterDelete('vendors')],
    },
    fields: ({ defaultFields }) => [
      ...ownFields(defaultFields),
      {
        name: 'note',
        type: 'textarea',
        maxLength: 500,
        label: { nb: 'Merknad', en: 'Note' },
        admin: { description: { nb: 'Hvorfor adressen sendes videre (bare for redaksjonen).', en: 'Why the address is redirected (for the editors only).' } },
      },
    ],
  },
})
