import type { PayloadRequest } from 'payload'

const KEY = 'videoveileder.workflow.forced'

/** Remembers, for the after-change hook, that this request's publish of a collection was forced and why. */
export function markForced(req: PayloadRequest, slug: string, reason: string): void {
  req.context[KEY] = { ...((req.context[KEY] as Record<string, string> | undefined) ?? {}), [slug]: reason }
}

/** The reason of a forced publish of the collection in this request, once (it is taken). */
export function takeForced(req: PayloadRequest, slug: string): string | undefined {
  const forced = req.context[KEY] as Record<string, string> | undefined
  const reason = forced?.[slug]
  if (forced && reason !== undefined) delete forced[slug]
  return reason
}

/** Whether this request's publish of the collection was forced, without taking it. */
export const isForced = (req: PayloadRequest, slug: string): boolean =>
  (req.context[KEY] as Record<string, string> | undefined)?.[slug] !== undefined
