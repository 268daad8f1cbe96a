import type { Metadata } from 'next'
import { cookies } from 'next/headers'

import { Link, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { RegistrationForm } from '@/components/registration/RegistrationForm'
import { getSiteFrame } from '@/content'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, localePath } from '@/i18n/paths'
import { registrationFormPage } from '@/registration/formPage'
import { FORM_STATE_COOKIE } from '@/registration/formState'
import { ADMIN_LOGIN_PATH, REGISTRATION_PATHS } from '@/registration/paths'
import { REGISTRATION_TEXTS } from '@/registration/texts'
import { langOf, type LangParams } from '../../../_lib/params'
import { pageMetadata } from '../../../_lib/seo'
import { viewerFromRequest } from '../../../_lib/viewer'

// Every view gets a fresh signed fill-in time, and a refused post's problems come back in a cookie.
export const dynamic = 'force-dynamic'

type Props = { params: LangParams }

async function formState() {
  return registrationFormPage((await cookies()).get(FORM_STATE_COOKIE)?.value)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const t = REGISTRATION_TEXTS[lang].form
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  const { state } = await formState()
  const failed = state && Object.keys(state.problems).length > 0
  const meta = pageMetadata({ lang, title: failed ? `${t.errorTitlePrefix}: ${t.title}` : t.title, description: t.description, paths: alternatesOf(() => REGISTRATION_PATHS.form), siteName: frame.siteName ?? dictionary(lang).site.name })
  return { ...meta, robots: { index: false, follow: true } }
}

/** The registration form for a vendor organisation and its first member (posts to src/registration/routes.ts). */
export default async function RegistrationPage({ params }: Props) {
  const lang = await langOf(params)
  const t = REGISTRATION_TEXTS[lang].form
  const { token, state } = await formState()
  return (
    <div className="site-width">
      <PageIntro title={t.title} lead={t.lead} />
      <RegistrationForm action={localePath(lang, REGISTRATION_PATHS.submit)} token={token} t={t} problems={state?.problems ?? {}} values={state?.values ?? {}} />
      <Paragraph>
        {t.loginHint} <Link href={ADMIN_LOGIN_PATH}>{t.login}</Link>
      </Paragraph>
      <Paragraph>
        <Link href={localePath(lang, REGISTRATION_PATHS.info)}>{t.backToInfo}</Link>
      </Paragraph>
    </div>
  )
}
