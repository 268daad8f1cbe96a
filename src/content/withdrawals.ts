import type { CollectionSlug } from 'payload'

import type { Lang } from '../i18n/langs'
import { cached } from './cached'
import { ownTextIn, payloadClient, PUBLIC_READ } from './payload'

/** A withdrawn page's public explanation; `explanationLang` is 'nb' when the page's language has none of its own. */
export type WithdrawnPage = { explanation: string; explanationLang?: 'nb' }

/**
 * The explanation of one withdrawal (collections/withdrawals) in the page's language, or in bokmål with a mark
 * when it has none. Read as the public. Tagged with the collections a withdrawal belongs to: a withdrawal is
 * made and removed together with an unpublish or publish of an article or vendor, which expires them.
 */
export const getWithdrawal = cached('withdrawal', ['articles', 'vendors'], async (lang: Lang, id: string): Promise<WithdrawnPage | null> => {
  if (!/^[0-9a-f]{1,24}$/i.test(id)) return null
  const payload = await payloadClient()
  const read = (locale: Lang) =>
    payload
      .find({ collection: 'withdrawals' as CollectionSlug, where: { and: [{ id: { equals: id } }, { mode: { equals: 'gone' } }] }, ...PUBLIC_READ, ...ownTextIn(locale), depth: 0, limit: 1 })
      .then(({ docs }) => docs[0] as { explanation?: string | null } | undefined)
  const own = await read(lang)
  if (!own) return null
  if (own.explanation) return { explanation: own.explanation }
  const nb = lang === 'nb' ? own : await read('nb')
  return nb?.explanation ? { explanation: nb.explanation, explanationLang: 'nb' } : null
})
