import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Link, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { dictionary } from '@/i18n/dictionary'
import { localePath, PAGE_PATHS } from '@/i18n/paths'
import { langOf, type LangParams } from '../../../_lib/params'

export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

/** Where the subscription routes send the reader after each step (src/subscriptions/routes.ts DONE_PATHS). */
const STEPS = { sendt: 'sent', bekreftet: 'confirmed', avmeldt: 'unsubscribed' } as const

type Props = { params: Promise<{ lang: string; status: string }> }

async function stepOf(params: Props['params']) {
  const { status } = await params
  const step = STEPS[status as keyof typeof STEPS]
  if (!step) notFound()
  return step
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params as LangParams)
  const step = await stepOf(params)
  return { title: dictionary(lang).subscribe[step].title, robots: { index: false, follow: true } }
}

/** "Check your e-mail", "confirmed", "unsubscribed": the pages a reader lands on after each step of an alert. */
export default async function SubscriptionStepPage({ params }: Props) {
  const lang = await langOf(params as LangParams)
  const t = dictionary(lang)
  const step = t.subscribe[await stepOf(params)]
  return (
    <div className="site-width">
      <PageIntro title={step.title} lead={step.text} />
      <Paragraph>
        <Link href={localePath(lang, PAGE_PATHS.changes)}>{t.subscribe.toChanges}</Link>
      </Paragraph>
      <Paragraph>
        <Link href={localePath(lang, PAGE_PATHS.guide)}>{t.subscribe.toFrontPage}</Link>
      </Paragraph>
    </div>
  )
}
