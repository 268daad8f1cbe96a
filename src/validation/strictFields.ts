import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'

import { date, email, number, richText, select, text, textarea } from 'payload/shared'

import { hideMalformedRichText } from './hideMalformedRichText'
import { keepServerTimestamps } from './keepServerTimestamps'
import { numberAsText } from './numberAsText'
import { say, type Message } from './messages'
import { refuseMalformedRichText } from './refuseMalformedRichText'
import { checkCalendarDate, checkNumberValue, checkRichText, checkTextValue } from './rules'

type Result = string | true
type Validate = (value: unknown, options: any) => Result | Promise<Result>
type Guard = (value: unknown, options: any) => Message | null

/** The field types whose values we check for kind and form before Payload's own validation runs. */
const STRICT: Record<string, { guard: Guard; builtIn: Validate }> = {
  text: { guard: (value, { hasMany }) => checkTextValue(value, hasMany === true), builtIn: text as Validate },
  textarea: { guard: (value) => checkTextValue(value), builtIn: textarea as Validate },
  email: { guard: (value) => checkTextValue(value), builtIn: email as Validate },
  select: { guard: () => null, builtIn: select as Validate },
  number: { guard: (value, { hasMany }) => checkNumberValue(value, hasMany === true), builtIn: number as Validate },
  date: { guard: (value) => checkCalendarDate(value), builtIn: date as Validate },
  richText: { guard: (value, { editor }) => checkRichText(value, editorNodes(editor)), builtIn: richText as Validate },
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email'])

const nodesByEditor = new WeakMap<object, ReadonlySet<string>>()

/** The node types a sanitized Lexical editor's features bring (block, link, heading, list, ...). */
function editorNodes(editor: unknown): ReadonlySet<string> {
  const key = (editor ?? {}) as object
  let nodes = nodesByEditor.get(key)
  if (!nodes) {
    const features = (editor as { editorConfig?: { features?: { nodes?: { node: { getType(): string } }[] } } })?.editorConfig?.features
    nodes = new Set((features?.nodes ?? []).map(({ node }) => node.getType()))
    nodesByEditor.set(key, nodes)
  }
  return nodes
}

/**
 * One field's validation: first that the value is of the right kind (text is a string, a number is a number,
 * a date is on the calendar, rich text is a Lexical document of the editor's nodes), then the field's own
 * `validate` if it has one, then Payload's built-in check, which a custom `validate` would otherwise replace
 * (and with it `maxLength`, `min`/`max` and `required`).
 */
function strictValidate(type: string, custom: Validate | undefined): Validate {
  const { guard, builtIn } = STRICT[type]!
  return async (value, options) => {
    const problem = guard(value, options)
    if (problem) return say(problem, options)
    if (custom) {
      const result = await custom(value, options)
      if (result !== true) return result
    }
    return builtIn(value, options)
  }
}

/** The same fields with strict validation on every text, textarea, e-mail, select, number, date and rich-text field, at any depth. */
export function strictFields<T extends Field>(fields: T[]): T[] {
  return fields.map((field) => strictField(field))
}

function strictField<T extends Field>(field: T): T {
  const f = field as Field & Record<string, any>
  let result: Record<string, any> = f
  if ('fields' in f && Array.isArray(f.fields)) result = { ...result, fields: strictFields(f.fields) }
  if (f.type === 'tabs') result = { ...result, tabs: f.tabs.map((tab: { fields: Field[] }) => ({ ...tab, fields: strictFields(tab.fields) })) }
  if (f.type === 'blocks' && Array.isArray(f.blocks)) result = { ...result, blocks: strictBlocks(f.blocks) }
  if (STRICT[f.type] && !f.virtual) result = { ...result, validate: strictValidate(f.type, f.validate) }
  const hooks = f.hooks ?? {}
  if (TEXT_TYPES.has(f.type) && !f.hasMany) {
    result = { ...result, hooks: { ...hooks, beforeValidate: [numberAsText, ...(hooks.beforeValidate ?? [])] } }
  }
  if (f.type === 'richText') {
    result = {
      ...result,
      hooks: {
        ...hooks,
        beforeValidate: [refuseMalformedRichText, ...(hooks.beforeValidate ?? [])],
        afterRead: [hideMalformedRichText, ...(hooks.afterRead ?? [])],
      },
    }
  }
  return result as T
}

export function strictBlocks(blocks: Block[]): Block[] {
  return blocks.map((block) => ({ ...block, fields: strictFields(block.fields) }))
}

/** A collection with strict field validation and server-side timestamps. */
export function strictCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: strictFields(collection.fields),
    hooks: { ...hooks, beforeChange: [keepServerTimestamps, ...(hooks.beforeChange ?? [])] },
  }
}

export function strictGlobal(global: GlobalConfig): GlobalConfig {
  return { ...global, fields: strictFields(global.fields) }
}
