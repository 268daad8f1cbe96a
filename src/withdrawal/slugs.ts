/** The collections this feature stores (plugin-redirects' `redirects` and collections/withdrawals). */
export const REDIRECTS = 'redirects'
export const WITHDRAWALS = 'withdrawals'

/** The permanent redirect statuses editors may choose; 301 unless they choose otherwise. */
export const REDIRECT_TYPES = ['301', '308'] as const
export type RedirectType = (typeof REDIRECT_TYPES)[number]
export const DEFAULT_REDIRECT_TYPE: RedirectType = '301'
