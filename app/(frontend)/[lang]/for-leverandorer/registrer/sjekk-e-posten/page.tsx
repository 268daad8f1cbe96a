import type { Metadata } from 'next'

import { Link, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { localePath } from '@/i18n/paths'
import { ADMIN_LOGIN_PATH, REGISTRATION_PATHS } from '@/registration/paths'
import { REGISTRATION_TEXTS } from '@/registration/texts'
import { langOf, type LangParams } from '../../../../_lib/params'

export const revalidate = 3600

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  return { title: REGISTRATION_TEXTS[lang].sent.title, robots: { index: false, follow: true } }
}

/** "Check your e-mail": where every accepted registration post lands (also one for an address that has an account). */
export default async function RegistrationSentPage({ params }: Props) {
  const lang = await langOf(params)
  const t = REGISTRATION_TEXTS[lang].sent
  return (
    <div className="site-width">
      <PageIntro title={t.title} lead={t.text} />
      <Paragraph>{t.spam}</Paragraph>
      <Paragraph>
        <Link href={ADMIN_LOGIN_PATH}>{t.login}</Link>
      </Paragraph>
      <Paragraph>
        <Link href={localePath(lang, REGISTRATION_PATHS.info)}>{t.back}</Link>
      </Paragraph>
    </div>
  )
}
