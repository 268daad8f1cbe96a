import type { CollectionConfig, FieldAccess } from 'payload'

import { accessFor } from '@/access/accessFor'
import { fieldAccessFor } from '@/access/fieldAccessFor'
import { PREVIEWABLE } from '@/preview/documentPath'
import { MAX_LINK_DAYS, MIN_LINK_DAYS } from '@/preview/shareToken'
import { auditShareLink } from './hooks/auditShareLink'
import { issueShareToken } from './hooks/issueShareToken'
import { keepRevocation } from './hooks/keepRevocation'
import { returnShareLinkOnce } from './hooks/returnShareLinkOnce'

const COLLECTION_LABELS: Record<(typeof PREVIEWABLE)[number], { nb: string; en: string }> = {
  articles: { nb: 'Artikkel', en: 'Article' },
  vendors: { nb: 'Videoløsning', en: 'Video solution' },
  tariffs: { nb: 'Takst', en: 'Tariff' },
  'research-links': { nb: 'Forskningslenke', en: 'Research link' },
}

/** Written once, when the link is made; never changed after. */
const fixedAfterCreate: { update: FieldAccess } = { update: () => false }
/** Set by the server only (issueShareToken, keepRevocation). */
const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * Share links: a draft shown to someone without an account (a fact-checker, a vendor's lawyer) at
 * /delt/<token>, read-only, until it expires (1 to 30 days), is revoked, or the document is published again.
 * Staff make and revoke them (the document's sidebar, "Del forhåndsvisning"); the token is in the create's
 * answer only (`url`) and stored as its SHA-256, which nobody reads through any API.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: {
    singular: { nb: 'Delt forhåndsvisning', en: 'Shared preview' },
    plural: { nb: 'Delte forhåndsvisninger', en: 'Shared previews' },
  },
  access: accessFor('preview-links'),
  admin: {
    useAsTitle: 'docId',
    defaultColumns: ['targetCollection', 'docId', 'expiresAt', 'revokedAt', 'createdBy', 'note'],
    group: { nb: 'Administrasjon', en: 'Administration' },
    description: {
      nb: 'Lenker til ett utkast for personer uten konto. Lag og trekk dem tilbake fra dokumentets sidepanel.',
      en: "Links to one draft for people without an account. Make and revoke them from the document's sidebar.",
    },
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  versions: false,
  hooks: {
    beforeChange: [issueShareToken, keepRevocation],
    afterChange: [returnShareLinkOnce, auditShareLink],
  },
  fields: [
    {
      name: 'targetCollection',
      type: 'select',
      required: true,
      index: true,
      label: { nb: 'Samling', en: 'Collection' },
      options: PREVIEWABLE.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
      access: fixedAfterCreate,
      admin: { readOnly: true },
    },
    { name: 'docId', type: 'text', required: true, index: true, maxLength: 64, label: { nb: 'Dokument-ID', en: 'Document ID' }, access: fixedAfterCreate, admin: { readOnly: true } },
    {
      name: 'days',
      type: 'number',
      required: true,
      min: MIN_LINK_DAYS,
      max: MAX_LINK_DAYS,
      label: { nb: 'Gyldig i dager', en: 'Valid for days' },
      access: fixedAfterCreate,
      admin: { readOnly: true },
    },
    {
      name: 'tokenHash',
      type: 'text',
      unique: true,
      index: true,
      access: fieldAccessFor('preview-links.tokenHash'),
      admin: { hidden: true },
    },
    { name: 'expiresAt', type: 'date', label: { nb: 'Gyldig til', en: 'Valid until' }, access: serverOnly, admin: { readOnly: true } },
    { name: 'revokedAt', type: 'date', label: { nb: 'Trukket tilbake', en: 'Revoked' }, access: { create: () => false }, admin: { readOnly: true } },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nb: 'Laget av', en: 'Created by' },
      access: serverOnly,
      admin: { readOnly: true },
    },
    { name: 'note', type: 'text', maxLength: 200, label: { nb: 'Notat', en: 'Note' } },
    // The link itself, in the create's answer only (returnShareLinkOnce): never stored.
    { name: 'url', type: 'text', virtual: true, access: serverOnly, admin: { hidden: true } },
  ],
}
