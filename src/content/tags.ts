// The cache tags belong to the invalidation core (src/invalidation/), which the Payload hooks import too.
export { CONTENT_TAGS, type ContentTag } from '../invalidation/index.mjs'
