import type { CollectionConfig, SanitizedCollectionConfig } from 'payload'

import config from '@payload-config'

import { isFromMatrix } from '../../../src/access/accessFor'
import { contentCollection, SHARED_PARTS, sharedPartOf } from '../../../src/collections/contentCollection'
import { readPublishedOnlyForPublic } from '../../../src/hooks/readPublishedOnlyForPublic'

const MATRIX_RULES = { beforeChange: ['matrixRules'], beforeDelete: ['matrixRules'] }
const WITH_DRAFTS = {
  beforeOperation: ['readPublishedOnlyForPublic', 'matrixRules', 'matrixRules', 'versionRestore', 'versionRestore', 'audit'],
  ...MATRIX_RULES,
  beforeValidate: ['staleSave'],
  beforeChange: ['matrixRules', 'versionRestore', 'workflow', 'audit'],
  afterChange: ['revalidate', 'workflow', 'changeLog', 'audit'],
  afterDelete: ['revalidate', 'audit'],
  afterOperation: ['versionRestore'],
}
const WITHOUT_DRAFTS = {
  beforeOperation: ['matrixRules', 'matrixRules', 'audit'],
  ...MATRIX_RULES,
  beforeValidate: ['staleSave'],
  beforeChange: ['matrixRules', 'audit'],
  afterChange: ['revalidate', 'audit'],
  afterDelete: ['revalidate', 'audit'],
}

/** Every content collection, as the guide needs it: its versions and the shared parts in each hook slot. */
const CONTENT: Record<string, { versions: unknown; parts: Record<string, string[]> }> = {
  articles: { versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, validate: true }, maxPerDoc: 100 }, parts: WITH_DRAFTS },
  vendors: { versions: { drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, validate: true }, maxPerDoc: 50 }, parts: WITH_DRAFTS },
  tariffs: { versions: { drafts: { validate: true }, maxPerDoc: 50 }, parts: WITH_DRAFTS },
  'research-links': { versions: { drafts: { validate: true }, maxPerDoc: 50 }, parts: WITH_DRAFTS },
  'profession-categories': { versions: undefined, parts: WITHOUT_DRAFTS },
  media: { versions: undefined, parts: WITHOUT_DRAFTS },
}

/** Collections that are not the guide's content: accounts, and what plugins and Payload itself add. */
const NOT_CONTENT = [
  'users',
  'vendor-organisations',
  // Invitations to an organisation (issue 12): never published, never versioned; their own rules.
  'vendor-invitations',
  'search',
  'exports',
  'imports',
  'payload-kv',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'audit-log',
  'change-log',
  'subscriptions',
  'preview-links',
  'review-comments',
  'withdrawals',
  'redirects',
]

const ACCESS_KEYS = ['create', 'read', 'update', 'delete', 'readVersions', 'unlock', 'admin'] as const

/** The shared parts found in each hook slot, by name, in order. */
function partsOf(collection: Pick<CollectionConfig, 'hooks'>): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const [slot, hooks] of Object.entries(collection.hooks ?? {})) {
    const names = ((hooks as unknown[]) ?? []).map(sharedPartOf).filter((name): name is string => Boolean(name))
    if (names.length) found[slot] = names
  }
  return found
}

const versionsOf = (collection: SanitizedCollectionConfig) =>
  collection.versions
    ? {
        drafts: collection.versions.drafts
          ? {
              ...(collection.versions.drafts.autosave ? { autosave: collection.versions.drafts.autosave } : {}),
              validate: collection.versions.drafts.validate,
            }
          : false,
        maxPerDoc: collection.versions.maxPerDoc,
      }
    : undefined

describe('content collections (src/collections/contentCollection.ts)', () => {
  let collections: SanitizedCollectionConfig[]
  beforeAll(async () => {
    collections = (await config).collections
  })

  it('every collection is either content made by contentCollection or named as not content', () => {
    const unknown = collections.map((c) => c.slug).filter((slug) => !(slug in CONTENT) && !NOT_CONTENT.includes(slug))
    expect(unknown).toEqual([])
    expect(Object.keys(CONTENT).filter((slug) => !collections.some((c) => c.slug === slug))).toEqual([])
  })

  it.each(Object.keys(CONTENT))('%s has the shared parts, its access from the roles matrix and its versions', (slug) => {
    const collection = collections.find((c) => c.slug === slug)!
    expect(partsOf(collection)).toEqual(expect.objectContaining(
      Object.fromEntries(Object.entries(CONTENT[slug].parts).map(([slot, names]) => [slot, expect.arrayContaining(names)])),
    ))
    for (const key of ACCESS_KEYS) expect({ key, fromMatrix: isFromMatrix(collection.access[key]) }).toEqual({ key, fromMatrix: true })
    expect(versionsOf(collection)).toEqual(CONTENT[slug].versions)
    expect(collection.admin.group).toEqual({ nb: 'Innhold', en: 'Content' })
  })

  it('collections outside the guide content carry no shared part', () => {
    for (const collection of collections.filter((c) => NOT_CONTENT.includes(c.slug))) {
      expect({ slug: collection.slug, parts: partsOf(collection) }).toEqual({ slug: collection.slug, parts: {} })
    }
  })
})

describe('contentCollection', () => {
  const own = { beforeOperation: [({ args }: { args: unknown }) => args], afterChange: [({ doc }: { doc: unknown }) => doc] }
  const built = contentCollection({ slug: 'tariffs', drafts: { maxPerDoc: 7 }, fields: [], hooks: own as never })

  it('runs the shared before-hooks before the collection\'s own, and the shared after-hooks after them', () => {
    expect(built.hooks?.beforeOperation?.map((hook) => sharedPartOf(hook) ?? hook)).toEqual(['readPublishedOnlyForPublic', 'matrixRules', 'matrixRules', 'matrixRules', 'matrixRules', 'versionRestore', 'versionRestore', 'audit', own.beforeOperation[0]])
    expect(built.hooks?.beforeOperation?.[0]).toBe(readPublishedOnlyForPublic)
    expect(built.hooks?.afterChange?.[0]).toBe(own.afterChange[0])
    expect(built.hooks?.afterChange?.map(sharedPartOf)).toEqual([undefined, 'revalidate', 'workflow', 'workflow', 'changeLog', 'audit'])
  })

  it('keeps drafts validated, with the collection\'s own number of versions and no autosave unless asked', () => {
    expect(built.versions).toEqual({ drafts: { validate: true }, maxPerDoc: 7 })
    expect(contentCollection({ slug: 'media', drafts: false, fields: [] }).versions).toBeUndefined()
    expect(contentCollection({ slug: 'media', drafts: false, fields: [] }).hooks?.beforeOperation?.map(sharedPartOf)).toEqual(['matrixRules', 'matrixRules', 'matrixRules', 'matrixRules', 'audit'])
  })

  it("adds a shared part's fields after the collection's own, told whether the collection has drafts", () => {
    const part = { name: 'probe', hooks: () => ({}), fields: ({ drafts }: { drafts: boolean }) => (drafts ? [{ name: 'probe', type: 'text' as const }] : []) }
    SHARED_PARTS.push(part)
    try {
      const withDrafts = contentCollection({ slug: 'tariffs', drafts: { maxPerDoc: 7 }, fields: [{ name: 'title', type: 'text' }] })
      const names = withDrafts.fields.map((f) => ('name' in f ? f.name : f.type))
      expect([names[0], names.at(-1)]).toEqual(['title', 'probe'])
      expect(contentCollection({ slug: 'media', drafts: false, fields: [] }).fields).toEqual([])
    } finally {
      SHARED_PARTS.splice(SHARED_PARTS.indexOf(part), 1)
    }
  })
})
