/**
 * Document ids: numbers on SQLite, strings (ObjectIds) on MongoDB. The site treats them as opaque values,
 * so the same code runs on either database.
 */
export type DocId = number | string

const isId = (value: unknown): value is DocId =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value !== '')

/** A relationship value at any depth (an id, or a populated document), as its id. */
export function idOf(value: unknown): DocId | null {
  if (isId(value)) return value
  if (value && typeof value === 'object' && isId((value as { id?: unknown }).id)) return (value as { id: DocId }).id
  return null
}

export function idsOf(values: unknown): DocId[] {
  return Array.isArray(values) ? values.map(idOf).filter((id): id is DocId => id !== null) : []
}
