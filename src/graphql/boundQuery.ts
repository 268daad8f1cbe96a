import type {
  ArgumentNode,
  ExecutionArgs,
  GraphQLField,
  GraphQLNamedType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql'

import { isStaff } from '../access/isStaff'
import { DEFAULT_LIST_SIZE, listArgProblem, PUBLIC_LIST_MAX } from '../hooks/listLimits'
import { say, type Message } from '../validation/messages'
import { graphqlMessages } from './messages'

/** Fields inside fields, whatever their kind: graphql's own introspection query goes 15 deep. */
const MAX_FIELD_DEPTH = 20
/** Values an answer may hold at most, as estimated below (about 1 to 3 MB of JSON). */
const MAX_ESTIMATED_VALUES = 50_000
/** Documents assumed behind a has-many relationship or upload that sets no `maxRows`. */
const RELATION_FANOUT = 10
/** Items assumed in any other list (arrays, blocks, has-many selects, introspection lists). */
const LIST_FANOUT = 5
/** Documents assumed for a staff list that asks for all of them (`limit: 0`, `pagination: false`). */
const STAFF_UNBOUNDED_LIST = 1000

const RELATION_TYPES = new Set(['relationship', 'upload', 'join'])

type Measure = { values: number; depth: number; relations: number }
const EMPTY: Measure = { values: 0, depth: 0, relations: 0 }

type Walk = {
  context: ValidationContext
  variables: Record<string, unknown>
  staff: boolean
  /** Relationships and field levels this part of the query may still go down. */
  relationsLeft: number
  levelsLeft: number
  /** Fragment results by name and list size, so a fragment spread a thousand times is measured once. */
  memo: Map<string, Measure>
  inProgress: Set<string>
  refusals: Message[]
}

type PayloadFieldExtension = { field?: { type?: string; maxRows?: number; defaultLimit?: number } }

function payloadField(field: GraphQLField<unknown, unknown>): PayloadFieldExtension['field'] {
  return (field.extensions as PayloadFieldExtension | undefined)?.field
}

function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  return undefined
}

function findArgument(args: readonly ArgumentNode[] | undefined, name: string): ValueNode | undefined {
  return args?.find((a) => a.name.value === name)?.value
}

/**
 * How many documents a field with a `limit` argument (a collection's list, its versions, a join) gives:
 * what the hook in src/hooks/limitListSize.ts will let through for this reader.
 */
function pageSize(walk: Walk, args: readonly ArgumentNode[] | undefined, defaultLimit: number): number {
  const limit = argumentValue(findArgument(args, 'limit'), walk.variables)
  const pagination = argumentValue(findArgument(args, 'pagination'), walk.variables)
  // A limit of the wrong type is graphql's own refusal; a negative one is ours.
  const problem = typeof limit === 'number' ? listArgProblem('limit', limit) : null
  if (problem) walk.refusals.push(problem)
  const asked = typeof limit === 'number' && limit >= 0 ? limit : defaultLimit
  const all = asked === 0 || pagination === false
  if (walk.staff) return all ? STAFF_UNBOUNDED_LIST : asked
  return all ? PUBLIC_LIST_MAX : Math.min(asked, PUBLIC_LIST_MAX)
}

function combine(into: Measure, part: Measure): Measure {
  return {
    values: Math.min(into.values + part.values, Number.MAX_SAFE_INTEGER),
    depth: Math.max(into.depth, part.depth),
    relations: Math.max(into.relations, part.relations),
  }
}

/**
 * Measures one selection set: how deep its fields nest, how many relationships deep it goes, and about how
 * many values the answer holds, multiplying by the size of each list on the way down. Stops descending once
 * a bound is passed, so that the walk itself stays small whatever the query.
 */
function measure(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, pageItems?: number): Measure {
  let total = EMPTY
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total = combine(total, measureField(walk, selection, fieldDefinition(fields, selection.name.value), pageItems))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? walk.context.getSchema().getType(selection.typeCondition.name.value) : type
      total = combine(total, measure(walk, selection.selectionSet, inner ?? undefined, pageItems))
    } else {
      total = combine(total, measureFragment(walk, selection.name.value, pageItems))
    }
  }
  return total
}

/** Introspection's fields are not among a type's own fields in graphql-js. */
function fieldDefinition(fields: Record<string, GraphQLField<unknown, unknown>>, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema') return SchemaMetaFieldDef
  if (name === '__type') return TypeMetaFieldDef
  if (name === '__typename') return TypeNameMetaFieldDef
  return fields[name]
}

/**
 * A fragment is measured once per page size and reused: its figures do not depend on where it is spread,
 * except when a bound cut it short, and then the whole query is refused anyway.
 */
function measureFragment(walk: Walk, name: string, pageItems?: number): Measure {
  const key = `${name}:${pageItems ?? ''}`
  const known = walk.memo.get(key)
  if (known) return known
  const fragment = walk.context.getFragment(name)
  // An unknown fragment or a cycle: graphql's own rules report both; src/graphql/screenQuery.ts refuses cycles first.
  if (!fragment || walk.inProgress.has(name)) return EMPTY
  walk.inProgress.add(name)
  const result = measure(walk, fragment.selectionSet, walk.context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined, pageItems)
  walk.inProgress.delete(name)
  walk.memo.set(key, result)
  return result
}

function measureField(
  walk: Walk,
  node: { arguments?: readonly ArgumentNode[]; selectionSet?: SelectionSetNode },
  field: GraphQLField<unknown, unknown> | undefined,
  pageItems?: number,
): Measure {
  if (!field) return { values: 1, depth: 1, relations: 0 } // an unknown field: graphql's own rules refuse it
  const payload = payloadField(field)
  const relation = RELATION_TYPES.has(payload?.type ?? '') ? 1 : 0
  const isList = isListType(isNonNullType(field.type) ? field.type.ofType : field.type)
  const items = !isList ? 1 : (pageItems ?? (relation ? (payload?.maxRows ?? RELATION_FANOUT) : LIST_FANOUT))
  if (!node.selectionSet) return { values: items, depth: 1, relations: relation }
  const paginated = field.args.some((a) => a.name === 'limit')
  const childPage = paginated ? pageSize(walk, node.arguments, payload?.defaultLimit ?? DEFAULT_LIST_SIZE) : undefined
  const inside: Walk = { ...walk, relationsLeft: walk.relationsLeft - relation, levelsLeft: walk.levelsLeft - 1 }
  // Past a bound, this field counts and what is inside it does not: the query is refused either way.
  const inner = inside.relationsLeft < 0 || inside.levelsLeft < 0 ? EMPTY : measure(inside, node.selectionSet, getNamedType(field.type), childPage)
  return {
    values: Math.min(1 + items * inner.values, Number.MAX_SAFE_INTEGER),
    depth: 1 + inner.depth,
    relations: relation + inner.relations,
  }
}

/**
 * A GraphQL validation rule that bounds every query before it runs: relationships (relationship, upload and
 * join fields) at most the config's `maxDepth` inside each other, as REST; fields at most
 * MAX_FIELD_DEPTH inside each other; and an answer of at most MAX_ESTIMATED_VALUES values, counted through
 * aliases, fragments and the size of every list. Payload's own `maxComplexity` adds a cost per field but never
 * multiplies by a list's length, so it lets a self-relationship nested 30 levels through.
 */
export function boundQuery(args: ExecutionArgs): ValidationRule {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const maxRelations = req?.payload.config.maxDepth ?? 3
  const variables = (args.variableValues ?? {}) as Record<string, unknown>
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema()
      const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
      const walk: Walk = {
        context,
        variables,
        staff: req ? isStaff({ req }) : false,
        relationsLeft: maxRelations,
        levelsLeft: MAX_FIELD_DEPTH,
        memo: new Map(),
        inProgress: new Set(),
        refusals: [],
      }
      const result = measure(walk, operation.selectionSet, root ?? undefined)
      if (result.relations > maxRelations) walk.refusals.push(graphqlMessages.relationsTooDeep(maxRelations))
      else if (result.depth > MAX_FIELD_DEPTH) walk.refusals.push(graphqlMessages.fieldsTooDeep(MAX_FIELD_DEPTH))
      else if (result.values > MAX_ESTIMATED_VALUES) walk.refusals.push(graphqlMessages.tooLarge(result.values, MAX_ESTIMATED_VALUES))
      for (const refusal of dedupe(walk.refusals)) {
        context.reportError(new GraphQLError(say(refusal, { req }), { nodes: [operation], extensions: { statusCode: 400 } }))
      }
    },
  })
}

function dedupe(messages: Message[]): Message[] {
  const seen = new Set<string>()
  return messages.filter((m) => !seen.has(m.nb) && seen.add(m.nb))
}
