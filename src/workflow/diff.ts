import type { Field } from 'payload'

import { textOf } from '../api/fieldLabels'
import { osloDay } from '../i18n/format'

/** One leaf that differs between the public version and the proposed one, as a person reads both. */
export type FieldChange = { path: string; label: { nb: string; en: string }; published: string; proposed: string }

export type DiffOptions = {
  /** The language of the values (yes/no, option labels); bokmål unless English. */
  lang?: 'nb' | 'en'
  /** The documents were read in every language (`locale: 'all'`): localized leaves are compared per language. */
  locales?: readonly string[]
}

type Doc = Record<string, unknown>
type Label = { nb: string; en: string }

/** Not the document's content: the review's own fields, the publish's note, the bookkeeping (as src/access/hooks/publishes.ts). */
const NOT_CONTENT = new Set(['id', '_status', 'workflow', 'changeNote', 'minorChange', 'review', 'createdAt', 'updatedAt', 'deletedAt', 'lastMajorChangeAt'])

const YES_NO = { nb: ['Ja', 'Nei'], en: ['Yes', 'No'] } as const

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A field's label in both languages (a string label is both; a function of the language as the admin has it; none: the field's name). */
function labelOf(label: unknown, fallback: string): Label {
  const nb = textOf(label, 'nb') || fallback
  return { nb, en: textOf(label, 'en') || nb }
}

const join = (parent: Label | null, own: Label): Label => (parent ? { nb: `${parent.nb} › ${own.nb}`, en: `${parent.en} › ${own.en}` } : own)

/** The text of a rich text value (Lexical): its text nodes, a line per block. */
function richText(value: unknown): string {
  const root = isObject(value) && isObject(value.root) ? value.root : null
  if (!root) return ''
  const textOf = (node: unknown): string => {
    if (!isObject(node)) return ''
    if (typeof node.text === 'string') return node.text
    return Array.isArray(node.children) ? node.children.map(textOf).join('') : ''
  }
  return (Array.isArray(root.children) ? root.children : []).map(textOf).filter((line) => line !== '').join('\n')
}

/** A related document as a person names it: its name, title, code or file name; else its id. */
function relatedName(value: unknown): string {
  const related = isObject(value) && 'relationTo' in value && 'value' in value ? value.value : value
  if (isObject(related)) {
    for (const key of ['name', 'title', 'code', 'filename', 'email']) if (typeof related[key] === 'string' && related[key]) return related[key] as string
    return related.id === undefined ? '' : `#${String(related.id)}`
  }
  return related === null || related === undefined || related === '' ? '' : `#${String(related)}`
}

/** The id a related value stands for, to compare populated and unpopulated values alike. */
function relatedKey(value: unknown): string {
  const related = isObject(value) && 'relationTo' in value && 'value' in value ? value.value : value
  return isObject(related) ? String(related.id ?? '') : related === null || related === undefined ? '' : String(related)
}

type Leaf = Extract<Field, { name: string }>

/** A leaf's value as a person reads it ('' for nothing), and the key it is compared by. */
function render(field: Leaf, value: unknown, lang: 'nb' | 'en'): { text: string; key: string } {
  if (value === null || value === undefined || value === '') return { text: '', key: '' }
  switch (field.type) {
    case 'checkbox': {
      const text = value === true ? YES_NO[lang][0] : YES_NO[lang][1]
      return { text, key: text }
    }
    case 'select':
    case 'radio': {
      const values = Array.isArray(value) ? value : [value]
      const text = values
        .map((v) => {
          const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === v)
          return option && typeof option === 'object' ? labelOf(option.label, String(v))[lang] : String(v)
        })
        .join(', ')
      return { text, key: values.map(String).join('\u0000') }
    }
    case 'date': {
      const day = typeof value === 'string' || value instanceof Date ? osloDay(value) : String(value)
      const text = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day.split('-').reverse().join('.') : day
      return { text, key: text }
    }
    case 'relationship':
    case 'upload': {
      const values = Array.isArray(value) ? value : [value]
      return { text: values.map(relatedName).filter(Boolean).join(', '), key: values.map(relatedKey).join('\u0000') }
    }
    case 'richText': {
      const text = richText(value)
      return { text, key: text }
    }
    case 'json':
    case 'point': {
      const text = JSON.stringify(value)
      return { text, key: text }
    }
    default: {
      const text = Array.isArray(value) ? value.map(String).join(', ') : String(value)
      return { text, key: text }
    }
  }
}

type Walk = { out: FieldChange[]; options: DiffOptions; lang: 'nb' | 'en' }

function leaf(walk: Walk, field: Leaf, path: string, label: Label, published: unknown, proposed: unknown): void {
  const a = render(field, published, walk.lang)
  const b = render(field, proposed, walk.lang)
  if (a.key !== b.key) walk.out.push({ path, label, published: a.text, proposed: b.text })
}

/** A named field's value in each language when the documents were read in every language; else as it is. */
function perLocale(walk: Walk, field: Leaf, path: string, label: Label, published: unknown, proposed: unknown, visit: (path: string, label: Label, a: unknown, b: unknown) => void): void {
  const locales = walk.options.locales
  if (!('localized' in field) || field.localized !== true || !locales?.length) return visit(path, label, published, proposed)
  const inLocale = (value: unknown, locale: string) => (isObject(value) ? value[locale] : undefined)
  for (const locale of locales) {
    visit(`${path}.${locale}`, { nb: `${label.nb} (${locale})`, en: `${label.en} (${locale})` }, inLocale(published, locale), inLocale(proposed, locale))
  }
}

function walkFields(walk: Walk, fields: readonly Field[], prefix: string, parent: Label | null, published: Doc, proposed: Doc, top: boolean): void {
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(walk, field.fields, prefix, parent, published, proposed, top)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const label = join(parent, labelOf(tab.label, tab.name))
          walkFields(walk, tab.fields, `${prefix}${tab.name}.`, label, asDoc(published[tab.name]), asDoc(proposed[tab.name]), false)
        } else {
          walkFields(walk, tab.fields, prefix, parent, published, proposed, top)
        }
      }
      continue
    }
    if (!('name' in field) || (top && NOT_CONTENT.has(field.name)) || field.hidden === true) continue
    const path = `${prefix}${field.name}`
    const label = join(parent, labelOf(field.label, field.name))
    perLocale(walk, field, path, label, published[field.name], proposed[field.name], (p, l, a, b) => nested(walk, field, p, l, a, b))
  }
}

const asDoc = (value: unknown): Doc => (isObject(value) ? value : {})

function nested(walk: Walk, field: Leaf, path: string, label: Label, published: unknown, proposed: unknown): void {
  switch (field.type) {
    case 'group':
      return walkFields(walk, field.fields, `${path}.`, label, asDoc(published), asDoc(proposed), false)
    case 'array': {
      const a = Array.isArray(published) ? published : []
      const b = Array.isArray(proposed) ? proposed : []
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const row = { nb: `${label.nb} ${i + 1}`, en: `${label.en} ${i + 1}` }
        walkFields(walk, field.fields, `${path}.${i}.`, row, asDoc(a[i]), asDoc(b[i]), false)
      }
      return
    }
    case 'blocks': {
      const a = Array.isArray(published) ? published : []
      const b = Array.isArray(proposed) ? proposed : []
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const from = asDoc(a[i])
        const to = asDoc(b[i])
        const row = { nb: `${label.nb} ${i + 1}`, en: `${label.en} ${i + 1}` }
        const blockOf = (slug: unknown) => field.blocks.find((block) => block.slug === slug)
        if (from.blockType !== to.blockType) {
          const name = (doc: Doc) => (doc.blockType === undefined ? '' : labelOf(blockOf(doc.blockType)?.labels?.singular, String(doc.blockType))[walk.lang])
          walk.out.push({ path: `${path}.${i}`, label: row, published: name(from), proposed: name(to) })
          continue
        }
        const block = blockOf(to.blockType)
        if (block) walkFields(walk, block.fields, `${path}.${i}.`, row, from, to, false)
      }
      return
    }
    default:
      return leaf(walk, field, path, label, published, proposed)
  }
}

/**
 * The field-by-field difference between the published version of a document and the proposed one (the
 * newest draft), in the order of the collection's fields: leaves only (a group's, an array row's or a block's
 * fields each by their own path), values as a person reads them (option labels, yes/no, dates as dd.mm.yyyy,
 * related documents by name, rich text as its text). The workflow's own fields, the change note and the
 * bookkeeping are not content and never differ; a populated and an unpopulated relation to the same document
 * are the same. `published` is `{}` when nothing is published: every filled-in leaf is then proposed.
 */
export function diffDocuments(fields: readonly Field[], published: Doc | null | undefined, proposed: Doc | null | undefined, options: DiffOptions = {}): FieldChange[] {
  const walk: Walk = { out: [], options, lang: options.lang === 'en' ? 'en' : 'nb' }
  walkFields(walk, fields, '', null, published ?? {}, proposed ?? {}, true)
  return walk.out
}
