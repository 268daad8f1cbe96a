/** The collections whose publishes are logged: every collection with drafts (and so a change note). */
export const LOGGED_COLLECTIONS = ['articles', 'vendors', 'tariffs', 'research-links'] as const

export type LoggedCollection = (typeof LOGGED_COLLECTIONS)[number]

export function isLoggedCollection(value: unknown): value is LoggedCollection {
  return typeof value === 'string' && (LOGGED_COLLECTIONS as readonly string[]).includes(value)
}

/** The admin labels of each logged collection. */
export const LOGGED_COLLECTION_LABELS: Record<LoggedCollection, { nb: string; en: string }> = {
  articles: { nb: 'Artikkel', en: 'Article' },
  vendors: { nb: 'Leverandør', en: 'Vendor' },
  tariffs: { nb: 'Takst', en: 'Tariff' },
  'research-links': { nb: 'Forskning', en: 'Research' },
}

/** The field each logged collection is titled by (its `useAsTitle`), copied into the log with the note. */
export const TITLE_FIELD: Record<LoggedCollection, string> = {
  articles: 'title',
  vendors: 'name',
  tariffs: 'title',
  'research-links': 'title',
}
