import type { Access, CollectionConfig, GlobalConfig, PayloadRequest, Where } from 'payload'

import {
  collectionMatrix,
  globalMatrix,
  jobMatrix,
  type CollectionOperation,
  type Condition,
  type GlobalOperation,
  type JobOperation,
  type MatrixCollection,
  type MatrixGlobal,
  type Rule,
} from './matrix'
import { organisationOf } from './organisation'
import { actorOf } from './roles'
import { sharedPreviewId, withSharedDocument } from './sharedPreview'

/** Marks functions built here, so the access test can tell them from Payload's defaults. */
export const FROM_MATRIX = Symbol.for('videoveileder.access.fromMatrix')

type Marked<T> = T & { [FROM_MATRIX]?: true }

export function mark<T extends object>(fn: T): Marked<T> {
  Object.defineProperty(fn, FROM_MATRIX, { value: true })
  return fn
}

/** Where a rule's conditions look: the document's own fields, or a version's (`version.owner`). */
export type RuleScope = { owner: string; status: string }

const DOCUMENTS: RuleScope = { owner: 'owner', status: '_status' }

/** The scope of one operation on one collection: versions are queried on `version.`, an organisation is owned by its members. */
export function scopeFor(slug: string, operation: string): RuleScope {
  const prefix = operation === 'readVersions' ? 'version.' : ''
  return { owner: `${prefix}${slug === 'vendor-organisations' ? 'id' : 'owner'}`, status: `${prefix}_status` }
}

export const conditionsOf = (rule: Rule): readonly Condition[] => (typeof rule === 'string' ? [rule] : typeof rule === 'boolean' ? [] : rule)

function whereFor(condition: Condition, user: PayloadRequest['user'], scope: RuleScope): boolean | Where {
  switch (condition) {
    case 'published':
      return { [scope.status]: { equals: 'published' } }
    case 'self':
      return user ? { id: { equals: user.id } } : false
    case 'own': {
      const organisation = organisationOf(user)
      return organisation === undefined ? false : { [scope.owner]: { equals: organisation } }
    }
    default:
      return false
  }
}

/** Turns one rule into Payload's answer: a boolean, or a `where` that narrows the documents (any of its conditions). */
export function evaluateRule(rule: Rule, req: Pick<PayloadRequest, 'user'>, scope: RuleScope = DOCUMENTS): boolean | Where {
  if (typeof rule === 'boolean') return rule
  const wheres: Where[] = []
  for (const condition of conditionsOf(rule)) {
    const result = whereFor(condition, req.user, scope)
    if (result === true) return true
    if (result !== false) wheres.push(result)
  }
  if (wheres.length === 0) return false
  return wheres.length === 1 ? wheres[0]! : { or: wheres }
}

/**
 * A create has no stored document to narrow: `'own'` passes an actor who belongs to an organisation (the new
 * document's owner is then forced to it, src/access/hooks/constrainOwner.ts); other conditions never pass.
 */
function evaluateCreateRule(rule: Rule, req: Pick<PayloadRequest, 'user'>): boolean {
  if (typeof rule === 'boolean') return rule
  return conditionsOf(rule).includes('own') && organisationOf(req.user) !== undefined
}

/** Whether the actor's rule for an operation passes outright (no condition): what the hooks ask about `publish`. */
export function mayAlways(slug: MatrixCollection, operation: CollectionOperation, req: Pick<PayloadRequest, 'user'>): boolean {
  const rows = collectionMatrix[slug] as Record<CollectionOperation, Record<string, Rule>>
  return rows[operation]?.[actorOf(req)] === true
}

/** The jobs queue's access keys (Payload's `jobs.access`), from the matrix's job row. */
export function jobAccess(): Record<Exclude<JobOperation, 'read'>, (args: { req: Pick<PayloadRequest, 'user'> }) => boolean> {
  return { run: mayJob('run'), queue: mayJob('queue'), cancel: mayJob('cancel') }
}

const mayJob = (operation: JobOperation) => mark(({ req }: { req: Pick<PayloadRequest, 'user'> }) => jobMatrix[operation][actorOf(req)])

/**
 * The payload-jobs collection's access (Payload closes it to everyone): staff read the queue and cancel (delete)
 * a job that is not running; nobody creates or changes a job through the API (jobs are queued by the server).
 */
export function jobsCollectionAccess(): NonNullable<CollectionConfig['access']> {
  const cancel = mayJob('cancel')
  return {
    read: mayJob('read'),
    delete: mark(({ req }: { req: PayloadRequest }) => (cancel({ req }) ? { processing: { equals: false } } : false)),
    create: mark(() => false),
    update: mark(() => false),
  }
}

function ruleAccess(slug: string, rows: Record<string, Record<string, Rule>>, operation: string): Access {
  const row = rows[operation]
  const scope = scopeFor(slug, operation)
  return mark(({ req }) => {
    if (!row) return false
    try {
      const rule = row[actorOf(req)] ?? false
      if (operation === 'create') return evaluateCreateRule(rule, req)
      const result = evaluateRule(rule, req, scope)
      // A share link's reader also reads its one document (src/access/sharedPreview.ts); nothing else changes.
      return operation === 'read' ? withSharedDocument(result, sharedPreviewId(req, slug)) : result
    } catch (error) {
      req.payload?.logger.error({ err: error }, `access rule ${slug}.${operation} failed; refused`)
      return false // fail closed
    }
  })
}

/** Every access key of a collection, built from its row in the roles matrix. */
export function accessFor(slug: MatrixCollection): NonNullable<CollectionConfig['access']> {
  const rows = collectionMatrix[slug] as Record<CollectionOperation, Record<string, Rule>>
  const panel = rows.admin
  return {
    create: ruleAccess(slug, rows, 'create'),
    read: ruleAccess(slug, rows, 'read'),
    update: ruleAccess(slug, rows, 'update'),
    delete: ruleAccess(slug, rows, 'delete'),
    readVersions: ruleAccess(slug, rows, 'readVersions'),
    unlock: ruleAccess(slug, rows, 'unlock'),
    admin: mark(({ req }: { req: PayloadRequest }) => panel[actorOf(req)] === true),
  }
}

/** Every access key of a global, built from its row in the roles matrix. */
export function globalAccessFor(slug: MatrixGlobal): NonNullable<GlobalConfig['access']> {
  const rows = globalMatrix[slug] as Record<GlobalOperation, Record<string, Rule>>
  return {
    read: ruleAccess(slug, rows, 'read'),
    update: ruleAccess(slug, rows, 'update'),
    readVersions: ruleAccess(slug, rows, 'readVersions'),
  }
}

export function isFromMatrix(fn: unknown): boolean {
  return typeof fn === 'function' && (fn as Marked<() => void>)[FROM_MATRIX] === true
}
