import type { Block, CollectionSlug, Config, Field, FieldAccess, Plugin } from 'payload'

import { isStaffField } from '../access/isStaff'
import { hideUnreadableLinks } from '../hooks/hideUnreadableLinks'
import { keepReadableRelations } from '../hooks/keepReadableRelations'

const both = (first: FieldAccess | undefined, second: FieldAccess): FieldAccess =>
  first ? async (args) => (await first(args)) && (await second(args)) : second

function guardField(field: Field, drafted: CollectionSlug[]): Field {
  if (field.type === 'relationship' || field.type === 'upload') {
    const targets = (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]) as CollectionSlug[]
    let guarded = field
    if (targets.includes('users' as CollectionSlug)) {
      guarded = { ...guarded, access: { ...guarded.access, read: both(guarded.access?.read, isStaffField) } } as Field as typeof field
    }
    const drafts = targets.filter((slug) => drafted.includes(slug))
    if (drafts.length > 0) {
      const hook = keepReadableRelations(field.relationTo as CollectionSlug | CollectionSlug[], drafts)
      guarded = { ...guarded, hooks: { ...guarded.hooks, afterRead: [...(guarded.hooks?.afterRead ?? []), hook] } } as typeof field
    }
    return guarded
  }
  if (field.type === 'richText') {
    return { ...field, hooks: { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), hideUnreadableLinks(drafted)] } }
  }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: guardFields(field.fields, drafted) } as Field
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: guardFields(tab.fields, drafted) })) }
  if (field.type === 'blocks' && field.blocks) return { ...field, blocks: field.blocks.map((block) => guardBlock(block, drafted)) }
  return field
}

const guardFields = (fields: Field[], drafted: CollectionSlug[]): Field[] => fields.map((field) => guardField(field, drafted))
const guardBlock = (block: Block, drafted: CollectionSlug[]): Block => ({ ...block, fields: guardFields(block.fields, drafted) })

/**
 * Readers who are not staff see no ids they could not read through a relationship, in every collection and
 * global: a relationship or upload field that points at a collection with drafts keeps only the documents
 * the reader may read, an internal rich-text link to a document the reader may not read loses its target,
 * and a field that points at users is staff-only to read, to filter by and to sort by.
 * Runs last among the plugins, so that plugin collections (search) are covered too.
 */
export const hideUnreadableRelations: Plugin = (config: Config): Config => {
  const drafted = (config.collections ?? []).filter((c) => typeof c.versions === 'object' && c.versions?.drafts).map((c) => c.slug as CollectionSlug)
  return {
    ...config,
    collections: config.collections?.map((collection) => ({ ...collection, fields: guardFields(collection.fields, drafted) })),
    globals: config.globals?.map((global) => ({ ...global, fields: guardFields(global.fields, drafted) })),
    blocks: config.blocks?.map((block) => guardBlock(block, drafted)),
  }
}
