import { Heading, Paragraph } from '../ds'

type Props = { title: string; lead?: string | null }

/** The page's one h1 and its lead paragraph. */
export function PageIntro({ title, lead }: Props) {
  return (
    <div className="page-intro">
      <Heading level={1} data-size="xl">
        {title}
      </Heading>
      {lead ? (
        <Paragraph data-size="lg" variant="long">
          {lead}
        </Paragraph>
      ) : null}
    </div>
  )
}
