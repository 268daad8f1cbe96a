import type { FlattenedField, PayloadRequest } from 'payload'

import type { Message } from '@/validation/messages'

import { idKindOf, isWellFormedId } from './checkIdFormat'

const COMPARISONS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])

function valuesOf(operator: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if ((operator === 'in' || operator === 'not_in' || operator === 'all') && typeof value === 'string') return value.split(',')
  return [value]
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || value === 'null'
/** A value a client wrote as text or a number; code may pass Dates, ObjectIds and the like, which are left alone. */
const isTyped = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number'
const isPlainObject = (value: unknown) =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))

function badIds(values: unknown[], req: PayloadRequest, slug?: string): string[] {
  const kind = idKindOf(req, slug)
  return values.filter((v) => isTyped(v) && !isBlank(v) && !isWellFormedId(String(v), kind)).map(String)
}

/**
 * What is wrong with one `where` condition that the database adapter would fail on (a 500), or null: a value
 * that is an object, `all` on a field with one value, text operators on a relationship, ids that cannot be
 * ids and dates that are not dates. Fields this cannot find are left to Payload's own path validation.
 */
export function whereValueProblem(path: string, operator: string, value: unknown, field: FlattenedField | undefined, req: PayloadRequest, slug: string): Message | null {
  if (isPlainObject(value)) {
    return { nb: `Verdien for «${path}» (${operator}) må være tekst, et tall eller en liste, ikke et objekt.`, en: `The value for "${path}" (${operator}) must be text, a number or a list, not an object.` }
  }
  const values = valuesOf(operator, value)
  // Payload copes with a malformed id in equals itself; in a list it reaches the database.
  if (path === 'id' && (operator === 'in' || operator === 'not_in')) {
    const bad = badIds(values, req, slug)
    if (bad.length) return { nb: `«${bad.join(', ')}» er ikke en gyldig ID for «id».`, en: `"${bad.join(', ')}" is not a valid id for "id".` }
  }
  if (!field) return null
  const hasMany = 'hasMany' in field && field.hasMany === true
  if (operator === 'all' && !hasMany) {
    return { nb: `Operatoren «all» gjelder bare felt med flere verdier, og «${path}» har én. Bruk «equals» eller «in».`, en: `The operator "all" applies only to fields with several values, and "${path}" has one. Use "equals" or "in".` }
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    if (operator === 'like' || operator === 'contains' || operator === 'not_like') {
      return { nb: `«${path}» viser til andre dokumenter og kan ikke søkes i med «${operator}». Bruk «equals» eller «in» med ID-er.`, en: `"${path}" refers to other documents and cannot be searched with "${operator}". Use "equals" or "in" with ids.` }
    }
    const target = typeof field.relationTo === 'string' ? field.relationTo : undefined
    if (target && (ID_OPERATORS.has(operator) || operator === 'all')) {
      const bad = badIds(values, req, target)
      if (bad.length) return { nb: `«${bad.join(', ')}» er ikke en gyldig ID for «${path}».`, en: `"${bad.join(', ')}" is not a valid id for "${path}".` }
    }
  }
  if (field.type === 'date' && COMPARISONS.has(operator)) {
    const bad = values.filter((v) => isTyped(v) && !isBlank(v) && Number.isNaN(new Date(v).getTime()))
    if (bad.length) return { nb: `«${bad.join(', ')}» er ikke en dato. Skriv datoen som 2026-03-01 eller 2026-03-01T12:00:00Z.`, en: `"${bad.join(', ')}" is not a date. Write it as 2026-03-01 or 2026-03-01T12:00:00Z.` }
  }
  return null
}
