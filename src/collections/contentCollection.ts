import type { CollectionConfig, Endpoint, Field } from 'payload'

import { accessFor } from '../access/accessFor'
import { contentAuditHooks } from '../audit/contentAudit'
import { matrixHooks } from '../access/hooks'
import { changeLogFields, changeLogHooks } from '../changes'
import { readPublishedOnlyForPublic } from '../hooks/readPublishedOnlyForPublic'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { sharePreviewFields } from '../preview/sharePart'
import { workflowEditComponents, workflowFields, workflowHooks } from '../workflow'
import { staleSaveHooks } from '../staleSave'
import { versionRestoreEndpoints, versionRestoreHooks } from '../versionRestore'

/** A collection of the guide's content: its slug names its row in the roles matrix and its cache tag. */
export type ContentSlug = 'articles' | 'vendors' | 'tariffs' | 'research-links' | 'profession-categories' | 'media'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Versions of a collection with drafts: how many a document keeps, how often the admin autosaves (none when
 * unset), and whether editors may schedule a publish (Payload's schedulePublish job, run by the app's autoRun).
 */
export type DraftOptions = { maxPerDoc: number; autosaveMs?: number; schedulePublish?: boolean }

/** What a shared part is told about the collection it is added to. */
export type ContentCollectionInfo = { slug: ContentSlug; drafts: boolean }

/**
 * One part every content collection shares: its name (what the tests look for), the hooks it adds and, when it
 * needs them, the fields it adds after the collection's own (e.g. a workflow's state in the sidebar).
 */
export type SharedPart = {
  name: string
  hooks: (collection: ContentCollectionInfo) => Hooks
  fields?: (collection: ContentCollectionInfo) => Field[]
  /** Admin components of the edit view it replaces (e.g. the Publish button), by their key in `admin.components.edit`. */
  editComponents?: (collection: ContentCollectionInfo) => Record<string, string>
  /** REST endpoints the part adds to the collection (matched before Payload's own at the same address). */
  endpoints?: (collection: ContentCollectionInfo) => Endpoint[]
}

/**
 * The parts every content collection gets, in this order. What every collection must do on a read or a save
 * (the audit log, the stale-save check, the publish rule) is added here once, not in each collection.
 */
export const SHARED_PARTS: SharedPart[] = [
  // Only staff read drafts; the rest get the published version of a document with drafts.
  { name: 'readPublishedOnlyForPublic', hooks: ({ drafts }) => (drafts ? { beforeOperation: [readPublishedOnlyForPublic] } : {}) },
  // A save built on a stale copy (an older updatedAt than the stored one) is refused with 409: no lost edits.
  { name: 'staleSave', hooks: () => staleSaveHooks() },
  // Every change reaches the pages that show it.
  { name: 'revalidate', hooks: ({ slug }) => ({ afterChange: [revalidateAfterChange(slug)], afterDelete: [revalidateAfterDelete(slug)] }) },
  // The roles matrix's publish rule on the incoming data, deletes and version restores.
  { name: 'matrixRules', hooks: () => matrixHooks() },
  // A version restore is a new draft that goes through review, and is in the audit log.
  {
    name: 'versionRestore',
    hooks: ({ drafts }) => (drafts ? versionRestoreHooks() : {}),
    endpoints: ({ drafts }) => (drafts ? versionRestoreEndpoints() : []),
  },
  // Review before publishing: the second pair of eyes, the change note, the state and who changed what.
  { name: 'workflow', hooks: workflowHooks, fields: workflowFields, editComponents: workflowEditComponents },
  // The public change history: a major publish dates the page, is logged with its note and mailed to subscribers.
  { name: 'changeLog', hooks: changeLogHooks, fields: changeLogFields },
  // Who did what: create, update (the changed fields), publish, unpublish and delete in the audit log.
  { name: 'audit', hooks: () => contentAuditHooks() },
  // Share links to a draft for people without an account: the sidebar's "Del forhåndsvisning" (collections/preview-links/).
  { name: 'sharePreview', hooks: () => ({}), fields: sharePreviewFields },
]

/** Where the admin lists every content collection. */
const CONTENT_GROUP = { nb: 'Innhold', en: 'Content' }

const SHARED_PART = Symbol.for('videoveileder.collections.sharedPart')

function markPart<T extends object>(hook: T, name: string): T {
  Object.defineProperty(hook, SHARED_PART, { value: name, configurable: true })
  return hook
}

/** The name of the shared part a hook belongs to; undefined for a collection's own hooks. */
export function sharedPartOf(hook: unknown): string | undefined {
  return typeof hook === 'function' ? (hook as { [SHARED_PART]?: string })[SHARED_PART] : undefined
}

/**
 * The collection's own hooks with every shared part's: in each slot, the shared before-hooks run before the
 * collection's own (a refusal comes first), the shared after-hooks after them (they see the final document).
 */
function withSharedHooks(own: Hooks | undefined, collection: ContentCollectionInfo): Hooks {
  const before: Record<string, object[]> = {}
  const after: Record<string, object[]> = {}
  for (const part of SHARED_PARTS) {
    for (const [slot, list] of Object.entries(part.hooks(collection)) as [string, object[]][]) {
      const into = slot.startsWith('before') ? before : after
      into[slot] = [...(into[slot] ?? []), ...list.map((hook) => markPart(hook, part.name))]
    }
  }
  const ownHooks = (own ?? {}) as Record<string, object[]>
  const slots = new Set([...Object.keys(before), ...Object.keys(ownHooks), ...Object.keys(after)])
  return Object.fromEntries(
    [...slots].map((slot) => [slot, [...(before[slot] ?? []), ...(ownHooks[slot] ?? []), ...(after[slot] ?? [])]]),
  ) as Hooks
}

/** The collection's admin config with the shared parts' edit-view components (the collection's own win). */
function withEditComponents(admin: NonNullable<CollectionConfig['admin']>, collection: ContentCollectionInfo): CollectionConfig['admin'] {
  const parts = Object.assign({}, ...SHARED_PARTS.map((part) => part.editComponents?.(collection) ?? {})) as Record<string, string>
  if (Object.keys(parts).length === 0) return admin
  const edit = { ...parts, ...admin.components?.edit }
  return { ...admin, components: { ...admin.components, edit } }
}

export type ContentCollectionOptions = Omit<CollectionConfig, 'slug' | 'access' | 'versions'> & {
  slug: ContentSlug
  /** Drafts and versions, or `false` for content that is published as it is saved (groups, media). */
  drafts: DraftOptions | false
}

/**
 * One content collection: access from its row in the roles matrix, drafts and versions, the shared parts
 * (SHARED_PARTS) with the collection's own hooks, and its place in the admin's "Innhold" group. The options are
 * the collection's own config otherwise.
 */
export function contentCollection({ drafts, hooks, fields, ...config }: ContentCollectionOptions): CollectionConfig {
  const info: ContentCollectionInfo = { slug: config.slug, drafts: Boolean(drafts) }
  const withDrafts: Pick<CollectionConfig, 'versions'> = drafts
    ? {
        // Drafts are validated too: an import or a draft must not store what a publish would refuse.
        versions: {
          drafts: {
            // Autosave keeps the explicit "Lagre utkast" button too (an editor may want to save now).
            ...(drafts.autosaveMs ? { autosave: { interval: drafts.autosaveMs, showSaveDraftButton: true } } : {}),
            // To the minute, in the Norwegian 24-hour clock: editors publish at the right minute.
            ...(drafts.schedulePublish ? { schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 1 } } : {}),
            validate: true,
          },
          maxPerDoc: drafts.maxPerDoc,
        },
      }
    : {}
  return {
    ...config,
    admin: withEditComponents({ group: { ...CONTENT_GROUP }, ...config.admin }, info),
    access: accessFor(config.slug),
    ...withDrafts,
    fields: [...fields, ...SHARED_PARTS.flatMap((part) => part.fields?.(info) ?? [])],
    endpoints: config.endpoints === false ? false : [...(config.endpoints ?? []), ...SHARED_PARTS.flatMap((part) => part.endpoints?.(info) ?? [])],
    hooks: withSharedHooks(hooks, info),
  }
}
