import { Heading, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { ResearchList } from '@/components/research/ResearchList'
import { getResearch } from '@/content'
import { RESEARCH_KIND_VALUES } from '@/domain/researchKinds'
import { dictionary } from '@/i18n/dictionary'
import { langOf, type LangParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'
import { viewerFromRequest } from '../../_lib/viewer'

export const revalidate = 3600

type Props = { params: LangParams }

export const generateMetadata = fixedPageMetadata('research')

export default async function ResearchPage({ params }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  const research = await getResearch(await viewerFromRequest(), lang)
  return (
    <div className="site-width">
      <PageIntro title={t.research.title} lead={t.research.intro} />
      {research.length ? null : <Paragraph>{t.research.none}</Paragraph>}
      {RESEARCH_KIND_VALUES.map((kind) => {
        const items = research.filter((r) => r.kind === kind)
        if (!items.length) return null
        return (
          <section key={kind} aria-labelledby={`type-${kind}`}>
            <Heading level={2} data-size="md" id={`type-${kind}`}>
              {t.research.kind[kind]}
            </Heading>
            <ResearchList t={t} items={items} anchors />
          </section>
        )
      })}
    </div>
  )
}
