/**
 * Emitted on `process` by the internal route (app/api/internal/content-changed) once it has expired the tags
 * of a change, with the tags as its argument. The production server (scripts/server.mjs) listens, and forgets
 * the finished pages it answers without asking Next.
 */
export const CONTENT_CHANGED = 'videoveileder:content-changed'

/** @param {readonly string[]} tags */
export function emitContentChanged(tags) {
  process.emit(/** @type {any} */ (CONTENT_CHANGED), tags)
}
