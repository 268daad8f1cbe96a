import { Heading, Link, Paragraph } from '../ds'
import { PageIntro } from '../common/PageIntro'

import type { Lang } from '../../i18n/langs'
import { localePath, PAGE_PATHS } from '../../i18n/paths'
import { WITHDRAWN_TEXT } from './withdrawnText'

type Props = { lang: Lang; explanation: string; explanationLang?: 'nb' }

/** The page a withdrawn article or vendor address shows (status 410): that it was withdrawn, why, and the way home. */
export function WithdrawnView({ lang, explanation, explanationLang }: Props) {
  const t = WITHDRAWN_TEXT[lang]
  return (
    <div className="site-width withdrawn-page">
      <PageIntro title={t.title} lead={t.lead} />
      <section aria-labelledby="withdrawn-reason">
        <Heading level={2} data-size="sm" id="withdrawn-reason">
          {t.explanation}
        </Heading>
        <Paragraph variant="long" lang={explanationLang}>
          {explanation}
        </Paragraph>
      </section>
      <Paragraph>
        <Link href={localePath(lang, PAGE_PATHS.guide)}>{t.home}</Link>
      </Paragraph>
    </div>
  )
}
