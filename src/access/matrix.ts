import type { Actor } from './roles'

/**
 * What an actor may do with one operation:
 * - `true` / `false`: always / never;
 * - `'published'`: only documents whose `_status` is `published`;
 * - `'self'`: only the user's own user document;
 * - `'own'`: only documents whose `owner` is the user (vendor self-service).
 */
export type Rule = boolean | 'published' | 'self' | 'own'

export type CollectionOperation = 'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'unlock' | 'admin'
export type GlobalOperation = 'read' | 'update' | 'readVersions'

type Row = Record<Actor, Rule>

const none: Row = { anonymous: false, vendor: false, editor: false, admin: false }
const adminOnly: Row = { anonymous: false, vendor: false, editor: false, admin: true }
const staff: Row = { anonymous: false, vendor: false, editor: true, admin: true }
const everyone: Row = { anonymous: true, vendor: true, editor: true, admin: true }
const publishedOrStaff: Row = { anonymous: 'published', vendor: 'published', editor: true, admin: true }

/** Editorial content: the public reads what is published; editors and admins write. */
const editorialContent = {
  create: staff,
  read: publishedOrStaff,
  update: staff,
  delete: staff,
  readVersions: staff,
  unlock: staff,
  admin: staff,
} satisfies Record<CollectionOperation, Row>

/** Reference content without drafts (categories, media): public to read, staff to write. */
const referenceContent = { ...editorialContent, read: everyone }

/**
 * The roles matrix: role x collection x operation. Every access function in the project is built from it
 * (see `accessFor`), and the access tests read it to know what to expect.
 */
export const collectionMatrix = {
  users: {
    create: adminOnly,
    read: { anonymous: false, vendor: 'self', editor: true, admin: true },
    update: { anonymous: false, vendor: 'self', editor: 'self', admin: true },
    delete: adminOnly,
    readVersions: none,
    unlock: adminOnly,
    admin: staff,
  },
  articles: editorialContent,
  vendors: editorialContent,
  tariffs: editorialContent,
  'research-links': editorialContent,
  'profession-categories': referenceContent,
  media: referenceContent,
  // The search index holds only published documents (the plugin deletes drafts); the plugin writes it, and
  // an admin may rebuild it (/api/search/reindex asks for these keys).
  search: { ...referenceContent, create: adminOnly, update: adminOnly, delete: adminOnly },
  // Payload's document locks: who is editing what. Payload lets any logged-in user (a vendor too) read and
  // write them; here only staff, who are the only ones editing.
  'payload-locked-documents': { create: staff, read: staff, update: staff, delete: staff, readVersions: none, unlock: none, admin: staff },
  exports: { ...editorialContent, read: staff },
  imports: { ...editorialContent, read: staff },
} satisfies Record<string, Record<CollectionOperation, Row>>

export const globalMatrix = {
  'site-settings': { read: everyone, update: adminOnly, readVersions: staff },
  navigation: { read: everyone, update: staff, readVersions: staff },
} satisfies Record<string, Record<GlobalOperation, Row>>

export type MatrixCollection = keyof typeof collectionMatrix
export type MatrixGlobal = keyof typeof globalMatrix
