import type { Field } from 'payload'

/** Fields every save changes by itself, never named as a change. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/**
 * The server's bookkeeping on a document (the review workflow's group, the date of the last major change): a
 * review step is its own 'review' entry and a publish its own 'publish', so a change of these alone is no 'update'.
 */
const BOOKKEEPING = new Set(['workflow', 'lastMajorChangeAt'])

type Doc = Record<string, unknown>

/** A populated document (depth > 0) compares as its id, so a populated and an unpopulated copy are equal. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const object = value as Doc
    if ('id' in object && ('createdAt' in object || 'updatedAt' in object)) return object.id
    return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, normalise(inner)]))
  }
  return value === undefined ? null : value
}

/** No value: unset, null, '', [], false or an object of nothing else (a save that clears nothing changes nothing). */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.values(value as Doc).every(isEmpty)
  return false
}

const same = (a: unknown, b: unknown): boolean => (isEmpty(a) && isEmpty(b)) || JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/**
 * The names of the fields whose values differ between two copies of a document: top-level names, and
 * `group.field` inside named groups (tabs, rows and collapsibles are looked through). Timestamps, the id,
 * `_status` (a publish is its own action) and the server's bookkeeping (the `workflow` group, `lastMajorChangeAt`)
 * are left out.
 */
export function changedFields(fields: Field[], before: Doc | null | undefined, after: Doc | null | undefined, prefix = ''): string[] {
  const changed: string[] = []
  for (const field of fields) {
    if ('name' in field && field.name) {
      if (IGNORED.has(field.name) || (prefix === '' && BOOKKEEPING.has(field.name)) || field.type === 'join' || field.type === 'ui') continue
      const a = before?.[field.name]
      const b = after?.[field.name]
      if (field.type === 'group' && 'fields' in field) {
        changed.push(...changedFields(field.fields, a as Doc, b as Doc, `${prefix}${field.name}.`))
      } else if (!same(a, b)) {
        changed.push(`${prefix}${field.name}`)
      }
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) changed.push(...changedFields(tab.fields, before?.[tab.name] as Doc, after?.[tab.name] as Doc, `${prefix}${tab.name}.`))
        else changed.push(...changedFields(tab.fields, before, after, prefix))
      }
    } else if ('fields' in field) {
      changed.push(...changedFields(field.fields, before, after, prefix))
    }
  }
  return changed
}
