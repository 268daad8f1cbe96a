import type { Access, CollectionConfig, GlobalConfig, PayloadRequest, Where } from 'payload'

import {
  collectionMatrix,
  globalMatrix,
  type CollectionOperation,
  type GlobalOperation,
  type MatrixCollection,
  type MatrixGlobal,
  type Rule,
} from './matrix'
import { actorOf } from './roles'

/** Marks functions built here, so the access test can tell them from Payload's defaults. */
export const FROM_MATRIX = Symbol.for('videoveileder.access.fromMatrix')

type Marked<T> = T & { [FROM_MATRIX]?: true }

function mark<T extends object>(fn: T): Marked<T> {
  Object.defineProperty(fn, FROM_MATRIX, { value: true })
  return fn
}

/** Turns one rule into Payload's answer: a boolean, or a `where` that narrows the documents. */
export function evaluateRule(rule: Rule, req: Pick<PayloadRequest, 'user'>): boolean | Where {
  if (typeof rule === 'boolean') return rule
  const user = req.user
  switch (rule) {
    case 'published':
      return { _status: { equals: 'published' } }
    case 'self':
      return user ? { id: { equals: user.id } } : false
    case 'own':
      return user ? { owner: { equals: user.id } } : false
    default:
      return false
  }
}

function ruleAccess(rows: Record<string, Record<string, Rule>>, operation: string): Access {
  const row = rows[operation]
  return mark(({ req }) => {
    if (!row) return false
    try {
      return evaluateRule(row[actorOf(req)] ?? false, req)
    } catch {
      return false // fail closed
    }
  })
}

/** Every access key of a collection, built from its row in the roles matrix. */
export function accessFor(slug: MatrixCollection): NonNullable<CollectionConfig['access']> {
  const rows = collectionMatrix[slug] as Record<CollectionOperation, Record<string, Rule>>
  const panel = rows.admin
  return {
    create: ruleAccess(rows, 'create'),
    read: ruleAccess(rows, 'read'),
    update: ruleAccess(rows, 'update'),
    delete: ruleAccess(rows, 'delete'),
    readVersions: ruleAccess(rows, 'readVersions'),
    unlock: ruleAccess(rows, 'unlock'),
    admin: mark(({ req }: { req: PayloadRequest }) => panel[actorOf(req)] === true),
  }
}

/** Every access key of a global, built from its row in the roles matrix. */
export function globalAccessFor(slug: MatrixGlobal): NonNullable<GlobalConfig['access']> {
  const rows = globalMatrix[slug] as Record<GlobalOperation, Record<string, Rule>>
  return {
    read: ruleAccess(rows, 'read'),
    update: ruleAccess(rows, 'update'),
    readVersions: ruleAccess(rows, 'readVersions'),
  }
}

export function isFromMatrix(fn: unknown): boolean {
  return typeof fn === 'function' && (fn as Marked<() => void>)[FROM_MATRIX] === true
}
