import type { DocumentNode, SelectionSetNode } from 'graphql'

import { Kind, parse } from 'graphql'

import type { Message } from '../validation/messages'
import { graphqlMessages } from './messages'

/** Characters a query may have: the introspection query has about 1,800. */
const MAX_QUERY_CHARS = 100_000
/**
 * Brackets ({ }, [ ], ( )) inside each other. graphql's parser and several of its validation rules (and
 * Payload's complexity rule) recurse once per level, so thousands of levels end in "Maximum call stack size
 * exceeded" or a 500; 64 is far more than any real query or `where` argument needs.
 */
const MAX_NESTING = 64
const MAX_FRAGMENTS = 100

/** How deep brackets nest outside strings and comments, stopping as soon as `limit` is passed. */
function bracketDepth(query: string, limit: number): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < query.length; i++) {
    const c = query[i]
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++
    } else if (c === '"') {
      const block = query.startsWith('"""', i)
      const end = block ? '"""' : '"'
      i += end.length
      while (i < query.length && !query.startsWith(end, i)) i += query[i] === '\\' ? 2 : 1
      i += end.length - 1
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth)
      if (deepest > limit) return deepest
    } else if (c === '}' || c === ']' || c === ')') {
      depth--
    }
  }
  return deepest
}

/** The fragments each fragment spreads, found without recursion. */
function spreadsOf(selectionSet: SelectionSetNode): string[] {
  const names: string[] = []
  const stack = [selectionSet]
  while (stack.length) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
      else if (selection.selectionSet) stack.push(selection.selectionSet)
    }
  }
  return names
}

/** The first fragment found that spreads itself, directly or through others, or null. */
function fragmentInCycle(document: DocumentNode): string | null {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, spreadsOf(definition.selectionSet))
  }
  const state = new Map<string, 'open' | 'done'>()
  for (const start of spreads.keys()) {
    if (state.has(start)) continue
    const path: { name: string; next: number }[] = [{ name: start, next: 0 }]
    state.set(start, 'open')
    while (path.length) {
      const top = path[path.length - 1]!
      const children = spreads.get(top.name) ?? []
      if (top.next >= children.length) {
        state.set(top.name, 'done')
        path.pop()
        continue
      }
      const child = children[top.next++]!
      if (state.get(child) === 'open') return child
      if (!state.has(child) && spreads.has(child)) {
        state.set(child, 'open')
        path.push({ name: child, next: 0 })
      }
    }
  }
  return null
}

/**
 * Looks at a query before Payload hands it to graphql: too long, nested too deep for graphql's recursive
 * parser and rules, too many fragments, or fragments in a cycle (which Payload's complexity rule follows
 * until the stack overflows, answering 500). Returns why it is refused, or null to let it through; a query
 * that does not parse is left to graphql, which says where the mistake is.
 */
export function screenQuery(query: unknown): Message | null {
  if (typeof query !== 'string') return null
  if (bracketDepth(query, MAX_NESTING) > MAX_NESTING) return graphqlMessages.textTooNested(MAX_NESTING)
  if (query.length > MAX_QUERY_CHARS) return graphqlMessages.textTooLong(MAX_QUERY_CHARS)
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return null
  }
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length
  if (fragments > MAX_FRAGMENTS) return graphqlMessages.tooManyFragments(MAX_FRAGMENTS)
  const cycle = fragmentInCycle(document)
  return cycle ? graphqlMessages.fragmentCycle(cycle) : null
}
