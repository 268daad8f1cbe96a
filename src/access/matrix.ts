import type { Actor } from './roles'

/**
 * A condition narrows an operation to some documents:
 * - `'published'`: documents whose `_status` is `published`;
 * - `'self'`: the user's own user document;
 * - `'own'`: documents owned by the vendor organisation the user belongs to (`owner`, or `version.owner` for
 *   versions; for vendor-organisations itself, the organisation the user is a member of). On a create, the
 *   actor belongs to an organisation and the new document's owner is it.
 */
export type Condition = 'published' | 'self' | 'own'

/** What an actor may do with one operation: always, never, under a condition, or under any of several. */
export type Rule = boolean | Condition | readonly Condition[]

/**
 * `publish` is every change to what the public sees: a save that publishes, unpublishes or changes a published
 * document, the delete of a published document, a scheduled publish and a version restored. It is not one of
 * Payload's access keys (an `update` where constrains only the stored document); the hooks in
 * src/access/hooks/ enforce it on the incoming data.
 */
export type CollectionOperation = 'create' | 'read' | 'update' | 'delete' | 'readVersions' | 'unlock' | 'admin' | 'publish'
export type GlobalOperation = 'read' | 'update' | 'readVersions'
export type FieldOperation = 'read' | 'create' | 'update'
export type JobOperation = 'run' | 'queue' | 'cancel' | 'read'

/** `publish` has no condition: a document-narrowing rule there would be silently read as "no". */
type CollectionRows = Record<Exclude<CollectionOperation, 'publish'>, Row> & { publish: Always }

type Row = Record<Actor, Rule>
/** A row without conditions: `publish` and the jobs queue are asked "may this actor, at all?". */
type Always = Record<Actor, boolean>

const none = { anonymous: false, vendor: false, editor: false, admin: false } as const satisfies Always
const adminOnly = { anonymous: false, vendor: false, editor: false, admin: true } as const satisfies Always
const staff = { anonymous: false, vendor: false, editor: true, admin: true } as const satisfies Always
const everyone = { anonymous: true, vendor: true, editor: true, admin: true } as const satisfies Always
const publishedOrStaff: Row = { anonymous: 'published', vendor: 'published', editor: true, admin: true }
const selfOrStaff: Row = { anonymous: false, vendor: 'self', editor: true, admin: true }

/** Editorial content: the public reads what is published; editors and admins write and publish. */
const editorialContent = {
  create: staff,
  read: publishedOrStaff,
  update: staff,
  delete: staff,
  readVersions: staff,
  unlock: staff,
  admin: staff,
  publish: staff,
} satisfies CollectionRows

/** Reference content without drafts (categories, media): public to read, staff to write. */
const referenceContent = { ...editorialContent, read: everyone }

/**
 * The roles matrix: role x collection x operation. Every access function and access hook in the project is
 * built from it (see `accessFor`, `fieldAccessFor`, `matrixHooks`).
 */
export const collectionMatrix = {
  users: {
    create: adminOnly,
    read: selfOrStaff,
    update: { anonymous: false, vendor: 'self', editor: 'self', admin: true },
    delete: adminOnly,
    readVersions: none,
    unlock: adminOnly,
    // Vendors use the admin too (issue 12): their own organisation's entries and their own profile only.
    admin: { ...staff, vendor: true },
    publish: none,
  },
  articles: editorialContent,
  // Vendors keep their own organisation's entries as drafts; only staff publish them (the review).
  vendors: {
    ...editorialContent,
    create: { ...staff, vendor: 'own' },
    read: { ...publishedOrStaff, vendor: ['published', 'own'] },
    update: { ...staff, vendor: 'own' },
    delete: { ...staff, vendor: 'own' },
    readVersions: { ...staff, vendor: 'own' },
    // The admin panel of the collection (vendors keep their own entries there).
    admin: { ...staff, vendor: true },
  },
  // Every save of a collection without drafts is public at once, so its `publish` is its write rule.
  'vendor-organisations': { ...referenceContent, readVersions: none },
  tariffs: editorialContent,
  'research-links': editorialContent,
  'profession-categories': referenceContent,
  media: referenceContent,
  // The search index holds only published documents (the plugin deletes drafts); the plugin writes it, and
  // an admin may rebuild it (/api/search/reindex asks for these keys).
  search: { ...referenceContent, create: adminOnly, update: adminOnly, delete: adminOnly },
  // Payload's document locks: who is editing what. Payload lets any logged-in user (a vendor too) read and
  // write them; here only staff, who are the only ones editing.
  'payload-locked-documents': { create: staff, read: staff, update: staff, delete: staff, readVersions: none, unlock: none, admin: staff, publish: none },
  // The review thread of a document: append-only. A vendor reads and writes the thread of its own organisation's
  // entries (`owner` is the entry's owner, set by the server); staff read and write every thread.
  'review-comments': {
    create: { ...staff, vendor: 'own' },
    read: { ...staff, vendor: 'own' },
    update: none,
    delete: none,
    readVersions: none,
    unlock: none,
    admin: { ...staff, vendor: true },
    publish: none,
  },
  // Invitations to join a vendor organisation (collections/vendor-invitations/): staff invite to any organisation,
  // a vendor member to its own; an invitation is never edited, only withdrawn (deleted) while it is unused.
  'vendor-invitations': {
    create: { ...staff, vendor: 'own' },
    read: { ...staff, vendor: 'own' },
    update: none,
    delete: { ...staff, vendor: 'own' },
    readVersions: none,
    unlock: none,
    admin: { ...staff, vendor: true },
    publish: none,
  },
  exports: { ...editorialContent, read: staff },
  // Withdrawn pages (src/withdrawal/): the explanation is public; only the withdraw endpoint writes them.
  withdrawals: { create: none, read: everyone, update: none, delete: none, readVersions: none, unlock: none, admin: staff, publish: none },
  // plugin-redirects' store: staff keep it (a save takes effect at once); the site resolves addresses by a system read.
  redirects: { create: staff, read: staff, update: staff, delete: staff, readVersions: none, unlock: staff, admin: staff, publish: staff },
  imports: { ...editorialContent, read: staff },
  // Append-only: admins read it; nobody writes it over any API (the server does, src/audit/recordAudit.ts).
  'audit-log': { create: none, read: adminOnly, update: none, delete: none, readVersions: none, unlock: none, admin: adminOnly, publish: none },
  // The public change history: anyone reads it; only the server writes it (src/changes/), nobody over any API.
  'change-log': { create: none, read: everyone, update: none, delete: none, readVersions: none, unlock: none, admin: staff, publish: none },
  // Readers' e-mail alerts (personal data): no role reads or writes them over any API or the admin; the
  // subscription routes (src/subscriptions/) write them as the server.
  subscriptions: { create: none, read: none, update: none, delete: none, readVersions: none, unlock: none, admin: none, publish: none },
  // Share links to one draft (collections/preview-links/): staff make, read and revoke them; nobody deletes one.
  'preview-links': { create: staff, read: staff, update: staff, delete: none, readVersions: none, unlock: staff, admin: staff, publish: none },
} satisfies Record<string, CollectionRows>

/**
 * Payload's jobs queue (a scheduled publish is a job): who may run, queue or cancel jobs over the API. Payload's
 * default lets any logged-in user, a vendor too. `read` and `cancel` are also the payload-jobs collection's read
 * and delete (what is scheduled, failed jobs; cancelling a job that is not running), which Payload closes to all.
 */
export const jobMatrix = { run: staff, queue: staff, cancel: staff, read: staff } satisfies Record<JobOperation, Always>

export const globalMatrix = {
  'site-settings': { read: everyone, update: adminOnly, readVersions: staff },
  navigation: { read: everyone, update: staff, readVersions: staff },
} satisfies Record<string, Record<GlobalOperation, Row>>

/**
 * Fields only some roles may read or write, keyed `collection.field`. An operation a row leaves out is not
 * restricted beyond the collection's own row (a join field is never written).
 */
export const fieldMatrix = {
  'users.roles': { read: selfOrStaff, create: adminOnly, update: adminOnly },
  'users.organisation': { read: selfOrStaff, create: staff, update: staff },
  // A vendor's new entry gets its own organisation (src/access/hooks/constrainOwner.ts); only staff change it.
  'vendors.owner': { read: everyone, create: { ...staff, vendor: 'own' }, update: staff },
  'vendors.reviewNote': { read: staff, create: staff, update: staff },
  // When the directorate looks at the entry again: the editors' date, not the vendor's.
  'vendors.nextReviewAt': { read: staff, create: staff, update: staff },
  // The organisation an invitation is to: staff name any, a vendor member only its own (forced on create).
  'vendor-invitations.owner': { read: { ...staff, vendor: 'own' }, create: { ...staff, vendor: 'own' }, update: none },
  // An invitation's token hash: nobody reads or writes it over any API (the invitation mail task sets it).
  'vendor-invitations.tokenHash': { read: none, create: none, update: none },
  'tariffs.reviewNote': { read: staff, create: staff, update: staff },
  // The responsible editor.
  'articles.owner': { read: staff, create: staff, update: staff },
  'vendor-organisations.members': { read: { ...staff, vendor: 'own' } },
  // Who published a change: staff only; the public history shows the date and the note.
  'change-log.by': { read: staff, create: none, update: none },
  // A share link's token hash: nobody reads or writes it over any API, not even staff (the server sets it).
  'preview-links.tokenHash': { read: none, create: none, update: none },
} satisfies Record<string, Partial<Record<FieldOperation, Row>>>

export type MatrixCollection = keyof typeof collectionMatrix
export type MatrixGlobal = keyof typeof globalMatrix
export type MatrixField = keyof typeof fieldMatrix
