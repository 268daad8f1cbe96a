import { sitePathOf } from '@/routing/sitePath'

/**
 * Where /preview (and /preview/exit) may send the browser: a page address of this site, or null. The same rules
 * as every other address an editor or a link chooses (src/routing/sitePath.ts): exactly one leading `/`, no
 * backslash or control character, and still a path of this site once dot segments are collapsed.
 */
export const previewTarget = (raw: unknown): string | null => sitePathOf(raw)
