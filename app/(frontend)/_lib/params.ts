import { notFound } from 'next/navigation'

import { isLang, type Lang } from '@/i18n/langs'

export type LangParams = Promise<{ lang: string }>
export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The page's language; any other first segment is a 404 (the rewrites never produce one, but a request can). */
export async function langOf(params: LangParams): Promise<Lang> {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  return lang
}
