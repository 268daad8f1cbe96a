// Pure validation rules shared by fields, hooks and the frontend. Each returns null when the value is fine,
// or the message to show. One module per subject; importers may name this folder or the module.
export { checkLinkHref, checkWebUrl, isSafeHref } from './links'
export { checkOrganisationNumber, normaliseOrganisationNumber } from './organisationNumber'
export { checkRichText, checkRichTextStructure, RICH_TEXT_MAX_BYTES } from './richText'
export { checkSlug, checkSlugSource, SLUG_PATTERN, slugify } from './slug'
export { checkCalendarDate, checkDateOrder, checkNumberValue, checkPublicationStatus, checkTextValue } from './values'
