import type { Article, BlockData } from '@/content'

import { listedVendors } from './blocks'

/**
 * "Sist oppdatert" of an article (the guide included): the newest major change of the article and of the
 * vendors its lists show (a vendor's change changes what the page says). A minor change moves no date. A
 * document published before the change log existed has no major change yet and counts with its last save
 * (`updatedAt`, what the page showed before); its next major publish replaces that.
 */
export function lastUpdatedOf(article: Article, blocks: BlockData): string {
  const dates = [article, ...listedVendors(article.body, blocks)].map((doc) => doc.lastMajorChangeAt ?? doc.updatedAt)
  return dates.filter(Boolean).sort().at(-1) ?? article.updatedAt
}
