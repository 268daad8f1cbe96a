import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { WithdrawnView } from '@/components/withdrawal/WithdrawnView'
import { WITHDRAWN_TEXT } from '@/components/withdrawal/withdrawnText'
import { getWithdrawal } from '@/content'
import { langOf, type LangParams } from '../../../_lib/params'

// proxy.ts rewrites a withdrawn page's address here with status 410 (src/withdrawal/): the reader keeps the
// address, Next renders this page once per withdrawal and language and caches it like any other.
export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ lang: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params as LangParams)
  return { title: WITHDRAWN_TEXT[lang].title, robots: { index: false, follow: true } }
}

export default async function WithdrawnPage({ params }: Props) {
  const lang = await langOf(params as LangParams)
  const { id } = await params
  const withdrawal = await getWithdrawal(lang, id)
  if (!withdrawal) notFound()
  return <WithdrawnView lang={lang} explanation={withdrawal.explanation} explanationLang={withdrawal.explanationLang} />
}
