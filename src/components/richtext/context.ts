import type { DocId } from '../../content/ids'
import type { BlockData } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import type { Lang } from '../../i18n/langs'

/** What the renderer needs besides the text: language, interface strings, today, and live data for blocks. */
export type RenderContext = {
  lang: Lang
  t: Dictionary
  /** YYYY-MM-DD in Oslo. */
  today: string
  blocks: BlockData
  /** Published articles' slugs in this language, for links an editor made to another article. */
  articles: { id: DocId; slug: string; isGuide: boolean }[]
}
