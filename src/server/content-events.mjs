/**
 * Emitted on `process` whenever published content changes (src/hooks/revalidateContent.ts), after Next's
 * cache tag is expired. The production server (scripts/server.mjs) listens, and forgets the finished pages
 * it answers without asking Next. Payload runs inside the same process as the server.
 */
export const CONTENT_CHANGED = 'videoveileder:content-changed'
