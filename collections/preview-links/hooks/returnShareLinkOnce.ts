import type { CollectionAfterChangeHook } from 'payload'

import { SHARE_PATH_PREFIX } from '@/preview/shareToken'
import { SHARE_TOKEN_CONTEXT } from './issueShareToken'

/** Why: the create's answer is the only time anyone sees the link; every later read has no `url`. */
export const returnShareLinkOnce: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const token = req.context[SHARE_TOKEN_CONTEXT]
  if (typeof token !== 'string') return doc
  delete req.context[SHARE_TOKEN_CONTEXT]
  return { ...doc, url: `${SHARE_PATH_PREFIX}${token}` }
}
