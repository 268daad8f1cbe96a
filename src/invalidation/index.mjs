// The invalidation core: which caches a change expires and how the news reaches every app process. No Payload
// and no Next in here; the Payload hooks (src/hooks/revalidateContent.ts), the internal route
// (app/api/internal/content-changed) and the production server (scripts/server.mjs) build on it.
export { announceContentChange } from './announce.mjs'
export { CONTENT_CHANGED, emitContentChanged } from './events.mjs'
export { invalidationFailures } from './failures.mjs'
export { announceAsScript } from './processKind.mjs'
export { UNDELIVERED_EXIT_CODE, undeliveredReport } from './scriptReport.mjs'
export { MAX_BODY_BYTES, SIGNATURE_HEADER, TIMESTAMP_HEADER, signedHeaders, verifyAnnouncement } from './signature.mjs'
export { CONTENT_TAGS } from './tags.mjs'
export { ROUTE_PATH, httpTransport } from './transport.mjs'

/** @typedef {import('./tags.mjs').ContentTag} ContentTag */
