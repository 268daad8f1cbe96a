import { Heading, Paragraph } from '../ds'

/** `titleLang`/`leadLang`: 'nb' when that text has no translation and is shown in bokmål. */
type Props = { title: string; lead?: string | null; titleLang?: 'nb'; leadLang?: 'nb' }

/** The page's one h1 and its lead paragraph. */
export function PageIntro({ title, lead, titleLang, leadLang }: Props) {
  return (
    <div className="page-intro">
      <Heading level={1} data-size="xl" lang={titleLang}>
        {title}
      </Heading>
      {lead ? (
        <Paragraph data-size="lg" variant="long" lang={leadLang}>
          {lead}
        </Paragraph>
      ) : null}
    </div>
  )
}
