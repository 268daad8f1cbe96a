import type { CollectionBeforeChangeHook } from 'payload'

/** A comment's author is whoever writes it, never what the client says (the field takes no client value). */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user as { id?: number | string; collection?: string } | null | undefined
  return { ...data, author: user && (user.collection === undefined || user.collection === 'users') ? user.id : (data.author ?? null) }
}
