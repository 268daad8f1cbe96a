import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { writeModeOf } from '@/access/hooks/writeMode'
import { replaceTariffBoundaries } from '@/scheduling/tariffBoundaries'

/**
 * A published tariff turns current and expired at its dates with nobody publishing: a job at each future
 * boundary announces it (src/scheduling/tariffBoundaries.ts). A publish or an unpublish replaces those jobs; a
 * draft save changes nothing public and keeps them.
 */
export const requeueStateChanges: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const draftSave = doc?._status === 'draft' && (operation === 'create' || writeModeOf(req, collection.slug).draft)
  if (!draftSave) await replaceTariffBoundaries(req, doc.id, doc._status === 'published' ? doc : null)
  return doc
}

/** A deleted tariff leaves no boundary job behind. */
export const dropStateChanges: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await replaceTariffBoundaries(req, doc.id, null)
  return doc
}
