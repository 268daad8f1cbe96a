type Related = number | string | { id?: number | string } | null | undefined

/** The id of a relationship's value, whether it came as an id or as the populated document. */
export function idOf(value: Related): number | string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return value.id ?? undefined
  return value
}

/** The vendor organisation a signed-in user belongs to (`users.organisation`, saved to the session); none for the rest. */
export function organisationOf(user: { organisation?: unknown } | null | undefined): number | string | undefined {
  return idOf(user?.organisation as Related)
}

/** Whether two ids name the same document (REST sends ids as strings, the database keeps numbers). */
export const sameId = (a: unknown, b: unknown): boolean =>
  a !== undefined && a !== null && b !== undefined && b !== null && String(a) === String(b)
