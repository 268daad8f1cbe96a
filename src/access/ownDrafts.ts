/**
 * `context` flag of the site's reads in draft mode (src/content/payload.ts `findAs`), which merge the newest
 * versions with a published read: with it, a vendor keeps `draft: true` where it may read its own drafts
 * (src/hooks/readPublishedOnlyForPublic.ts). It lives here so that the site and Payload's hooks share it
 * without the site importing a hook.
 */
export const OWN_DRAFTS_CONTEXT = 'readOwnDrafts'
