import type { Metadata } from 'next'

import { Heading, Link, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { getSiteFrame } from '@/content'
import { getReconfirmMonths } from '@/content/reconfirmPeriod'
import { dictionary } from '@/i18n/dictionary'
import { alternatesOf, localePath } from '@/i18n/paths'
import { ADMIN_LOGIN_PATH, REGISTRATION_PATHS } from '@/registration/paths'
import { REGISTRATION_TEXTS } from '@/registration/texts'
import { langOf, type LangParams } from '../../_lib/params'
import { pageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

export const revalidate = 3600

type Props = { params: LangParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params)
  const t = REGISTRATION_TEXTS[lang].info
  const frame = await getSiteFrame(await viewerFromRequest(), lang)
  return pageMetadata({ lang, title: t.title, description: t.description, paths: alternatesOf(() => REGISTRATION_PATHS.info), siteName: frame.siteName ?? dictionary(lang).site.name })
}

/** "For leverandører": how a vendor gets its solution into the guide, what the directorate checks, and where to start. */
export default async function ForVendorsPage({ params }: Props) {
  const lang = await langOf(params)
  const t = REGISTRATION_TEXTS[lang].info
  const months = await getReconfirmMonths(await viewerFromRequest())
  return (
    <article className="site-width article for-vendors">
      <PageIntro title={t.title} lead={t.description} />
      <section aria-labelledby="slik">
        <Heading level={2} data-size="md" id="slik">
          {t.stepsHeading}
        </Heading>
        <ol className="ds-list">
          {t.steps(months).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="krav">
        <Heading level={2} data-size="md" id="krav">
          {t.checksHeading}
        </Heading>
        <Paragraph variant="long">{t.checksIntro}</Paragraph>
        <ul className="ds-list">
          {t.checks.map((check) => (
            <li key={check}>{check}</li>
          ))}
        </ul>
        <Paragraph variant="long">{t.checksNote}</Paragraph>
      </section>
      <section aria-labelledby="for">
        <Heading level={2} data-size="md" id="for">
          {t.beforeHeading}
        </Heading>
        <ul className="ds-list">
          {t.before.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="start">
        <Heading level={2} data-size="md" id="start">
          {t.actionsHeading}
        </Heading>
        <Paragraph>
          <Link href={localePath(lang, REGISTRATION_PATHS.form)}>{t.register}</Link>
        </Paragraph>
        <Paragraph>
          {t.loginIntro} <Link href={ADMIN_LOGIN_PATH}>{t.login}</Link>
        </Paragraph>
      </section>
    </article>
  )
}
