import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isStaff } from '../access/isStaff'
import { say } from '../validation/messages'
import { listArgProblem, publicPage } from './listLimits'

type ListArgs = {
  disableErrors?: boolean
  joins?: false | Record<string, { limit?: unknown } | false | undefined>
  limit?: unknown
  overrideAccess?: boolean
  page?: unknown
  pagination?: boolean
}

/**
 * A list a client asked for over REST or GraphQL, as opposed to a read Payload or the project does for
 * itself: those come through the Local API, or run with access checks off, or (relationship population and
 * relationship validation) with `disableErrors`, which no client can set.
 */
function isClientList(args: ListArgs, req: PayloadRequest): boolean {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return false
  return args.overrideAccess !== true && args.disableErrors !== true
}

/**
 * Bounds every list a client reads (`find`, `findVersions`, and the joins of either): a `limit` or `page`
 * that is not a whole number in range is refused with 400 for everyone; for the public (anonymous readers
 * and vendors) a page holds at most PUBLIC_LIST_MAX documents, also for `limit=0` and `pagination=false`.
 * Staff keep whole lists: the admin and the exports run inside their requests.
 */
export const limitListSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'findVersions') return args
  const list = args as ListArgs
  if (!isClientList(list, req)) return args
  for (const name of ['limit', 'page'] as const) {
    const problem = listArgProblem(name, list[name])
    if (problem) throw new APIError(say(problem, { req }), 400, null, true)
  }
  const joins = list.joins && typeof list.joins === 'object' ? Object.values(list.joins) : []
  for (const join of joins) {
    const problem = join && typeof join === 'object' ? listArgProblem('limit', join.limit) : null
    if (problem) throw new APIError(say(problem, { req }), 400, null, true)
  }
  if (isStaff({ req })) return args
  return { ...args, ...publicPage(list.limit as number | undefined, list.pagination), ...publicJoins(list.joins) }
}

/** The joins of a public list, each bounded like the list itself (a join's `limit: 0` means all of it). */
function publicJoins(joins: ListArgs['joins']): { joins?: ListArgs['joins'] } {
  if (!joins || typeof joins !== 'object') return {}
  const bounded = Object.fromEntries(
    Object.entries(joins).map(([path, join]) =>
      join && typeof join === 'object' && join.limit !== undefined
        ? [path, { ...join, limit: publicPage(join.limit as number, undefined).limit }]
        : [path, join],
    ),
  )
  return { joins: bounded }
}
