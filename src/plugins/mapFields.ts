import type { Block, CollectionConfig, Config, Field, GlobalConfig, Tab } from 'payload'

type Labels = { singular?: unknown; plural?: unknown } | undefined

/** What a config plugin does to each field (after its sub-fields are done) and to each set of labels. */
export type FieldMapper = { field?: (field: Field) => Field; label?: (label: unknown) => unknown }

function labelsWith<T extends Labels>(given: T, map: FieldMapper): T {
  if (!given || !map.label) return given
  return { ...given, singular: map.label(given.singular), plural: map.label(given.plural) } as T
}

function mapBlock(block: Block, map: FieldMapper): Block {
  return { ...block, labels: labelsWith(block.labels, map), fields: mapList(block.fields, map) } as Block
}

function mapField(given: Field, map: FieldMapper): Field {
  const f = { ...given } as Field & { label?: unknown; labels?: Labels; fields?: Field[]; tabs?: Tab[]; blocks?: Block[] }
  if ('label' in f && map.label) f.label = map.label(f.label)
  if (f.type === 'array') f.labels = labelsWith(f.labels, map)
  if (Array.isArray(f.fields)) f.fields = mapList(f.fields, map)
  if (f.type === 'tabs') f.tabs = f.tabs!.map((tab) => ({ ...tab, label: map.label ? map.label(tab.label) : tab.label, fields: mapList(tab.fields, map) }) as Tab)
  if (f.type === 'blocks' && Array.isArray(f.blocks)) f.blocks = f.blocks.map((b) => mapBlock(b, map))
  return map.field ? map.field(f) : f
}

const mapList = (fields: Field[], map: FieldMapper): Field[] => fields.map((f) => mapField(f, map))

/**
 * A copy of the config with every collection's and global's fields (nested in groups, rows, tabs, arrays and
 * blocks) and labels passed through `map`. Fields inside a rich-text editor's blocks are the editor's own.
 */
export function mapFields(config: Config, map: FieldMapper): Config {
  const label = map.label ?? ((l: unknown) => l)
  return {
    ...config,
    collections: config.collections?.map((c): CollectionConfig => ({ ...c, labels: labelsWith(c.labels, map), fields: mapList(c.fields, map) })),
    globals: config.globals?.map((g): GlobalConfig => ({ ...g, label: label(g.label) as GlobalConfig['label'], fields: mapList(g.fields, map) })),
  }
}
