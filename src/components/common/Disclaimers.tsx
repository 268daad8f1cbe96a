import { Alert, Heading, Paragraph } from '../ds'

import type { Disclaimers as DisclaimerTexts } from '../../content/types'

type Props = { heading: string; texts: DisclaimerTexts | null; id?: string }

/** The directorate's standing reservations, shown wherever vendors are listed. */
export function Disclaimers({ heading, texts, id = 'forbehold' }: Props) {
  if (!texts) return null
  return (
    <section aria-labelledby={`${id}-heading`} className="disclaimers">
      <Alert data-color="warning">
        <Heading level={2} data-size="xs" id={`${id}-heading`}>
          {heading}
        </Heading>
        <Paragraph>{texts.notExhaustive}</Paragraph>
        <Paragraph>{texts.notApproval}</Paragraph>
        <Paragraph>{texts.clinicianResponsible}</Paragraph>
      </Alert>
    </section>
  )
}
