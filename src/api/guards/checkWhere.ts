import type { CollectionBeforeOperationHook, FlattenedField, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { say } from '@/validation/messages'

import { whereValueProblem } from './checkWhereValues'

/** More conditions than any filter a person builds; SQLite refuses an expression tree about 1,000 deep. */
const MAX_WHERE_CONDITIONS = 100
const MAX_WHERE_DEPTH = 8
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Condition = { path: string; operator: string; value: unknown }

function entriesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  // qs turns indices above its array limit into object keys, so `or` can arrive as an object.
  return value && typeof value === 'object' ? Object.values(value) : []
}

function collectConditions(where: unknown, depth: number, into: Condition[]): number {
  if (!where || typeof where !== 'object') return depth
  let deepest = depth
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const child of entriesOf(value)) deepest = Math.max(deepest, collectConditions(child, depth + 1, into))
      continue
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [operator, operand] of Object.entries(value)) into.push({ path: key, operator, value: operand })
    } else {
      into.push({ path: key, operator: 'equals', value })
    }
    if (into.length > MAX_WHERE_CONDITIONS) return deepest
  }
  return deepest
}

function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  let level = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    found = level.find((field) => field.name === segment)
    if (!found) return undefined
    level = 'flattenedFields' in found ? found.flattenedFields : []
  }
  return found
}

const LINKS = new Set(['relationship', 'upload', 'join'])

/**
 * How many relationships a path goes through (`owner.name` one, `owner.members.email` two). A version's path
 * counts from under `version.`. A link to several collections counts as one and stops the walk.
 */
function linksIn(fields: FlattenedField[], path: string, req: PayloadRequest): number {
  const segments = path.split('.')
  if (segments[0] === 'version' && !fields.some((field) => field.name === 'version')) segments.shift()
  let level = fields
  let links = 0
  for (const [index, segment] of segments.entries()) {
    const field = level.find((candidate) => candidate.name === segment)
    if (!field) return links
    const last = index === segments.length - 1
    if (LINKS.has(field.type) && !last) {
      links += 1
      const target = 'relationTo' in field ? field.relationTo : 'collection' in field ? field.collection : undefined
      if (typeof target !== 'string') return links
      level = (req.payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)[target]?.config.flattenedFields ?? []
      continue
    }
    level = 'flattenedFields' in field ? field.flattenedFields : []
  }
  return links
}

/** A filter reaches through at most one relationship: Payload 3.90.1 checks a deeper path's access in a promise it never awaits, whose refusal then ends a Node process. */
const MAX_LINKS = 1

function refuse(message: { nb: string; en: string }, req: PayloadRequest): never {
  throw new APIError(say(message, { req }), 400)
}

/**
 * Refuses a `where` that the database adapter cannot run and would fail on with a 500: more conditions than
 * any real filter, nesting deeper than any real filter, a path through more than one relationship, a geo operator on a field that is not a point, or a
 * value the field cannot hold (see checkWhereValues.ts).
 */
export const checkWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  if (!where) return args
  // Limits and value checks are for what clients send; code on the server (Local API) may pass Dates and the like.
  const fromClient = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
  const conditions: Condition[] = []
  const depth = collectConditions(where, 0, conditions)
  if (fromClient && (conditions.length > MAX_WHERE_CONDITIONS || depth > MAX_WHERE_DEPTH)) {
    refuse(
      {
        nb: `Søket har for mange vilkår (høyst ${MAX_WHERE_CONDITIONS}, nøstet høyst ${MAX_WHERE_DEPTH} nivåer). Del det opp, eller bruk «in» med en liste i stedet for mange «or».`,
        en: `The query has too many conditions (at most ${MAX_WHERE_CONDITIONS}, nested at most ${MAX_WHERE_DEPTH} levels). Split it, or use "in" with a list instead of many "or".`,
      },
      req,
    )
  }
  for (const { path, operator, value } of conditions) {
    if (fromClient && linksIn(collection.flattenedFields, path, req) > MAX_LINKS) {
      refuse(
        {
          nb: `Filteret «${path}» går gjennom mer enn ett koblet dokument. Filtrer på feltene til dokumentet selv eller til ett koblet dokument (for eksempel «owner.name»).`,
          en: `The filter "${path}" goes through more than one linked document. Filter on the document's own fields or on those of one linked document (for example "owner.name").`,
        },
        req,
      )
    }
    const field = fieldAt(collection.flattenedFields, path)
    if (!GEO_OPERATORS.has(operator)) {
      const problem = fromClient ? whereValueProblem(path, operator, value, field, req, collection.slug) : null
      if (problem) refuse(problem, req)
      continue
    }
    if (field?.type !== 'point') {
      refuse(
        {
          nb: `Operatoren «${operator}» kan bare brukes på kartpunkt-felt, og «${path}» er ikke et kartpunkt. Bruk for eksempel «equals» eller «like».`,
          en: `The operator "${operator}" works only on point fields, and "${path}" is not a point. Use "equals" or "like", for example.`,
        },
        req,
      )
    }
  }
  return args
}
