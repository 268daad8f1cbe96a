import 'server-only'

// The public site's reads. Pages import from here; components receive the plain data these return.
export { getArticleBySlug, getArticleIndex, getGuide, type ArticleIndexEntry } from './articles'
export { getCategories } from './categories'
export { getSiteFrame, getSlugMap } from './frame'
export { getResearch } from './research'
export { getPreviewVersion, type PreviewVersion } from './previewVersion'
export { normaliseQuery, searchContent, type RawSearchHit } from './search'
export { getTariffs } from './tariffs'
export { getVendor, getVendors } from './vendors'
export { getWithdrawal, type WithdrawnPage } from './withdrawals'
export { ANONYMOUS, sharedViewerFromCookie, userFromHeaders, viewerFromHeaders, viewerOf, type SharedLink, type Viewer } from './viewer'
export type * from './types'
