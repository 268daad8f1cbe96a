import { Heading, Link, Paragraph } from '@/components/ds'

import { PageIntro } from '@/components/common/PageIntro'
import { dictionary } from '@/i18n/dictionary'
import { langOf, type LangParams } from '../../_lib/params'
import { fixedPageMetadata } from '../../_lib/seo'

export const revalidate = 3600

type Props = { params: LangParams }

export const generateMetadata = fixedPageMetadata('accessibility')

/** The accessibility statement: the standard, where the official statement is, and how to report a problem. */
export default async function AccessibilityPage({ params }: Props) {
  const lang = await langOf(params)
  const t = dictionary(lang)
  return (
    <article className="site-width article">
      <PageIntro title={t.accessibility.title} lead={t.accessibility.description} />
      {t.accessibility.sections.map((section, i) => (
        <section key={section.heading} aria-labelledby={`del-${i}`}>
          <Heading level={2} data-size="md" id={`del-${i}`}>
            {section.heading}
          </Heading>
          {section.paragraphs.map((p) => (
            <Paragraph key={p} variant="long">
              {p}
            </Paragraph>
          ))}
          {section.link ? (
            <Paragraph>
              <Link href={section.link.href}>{section.link.label}</Link>
            </Paragraph>
          ) : null}
        </section>
      ))}
    </article>
  )
}
