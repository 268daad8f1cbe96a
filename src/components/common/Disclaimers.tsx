import { Alert, Heading, Paragraph } from '../ds'

import type { Disclaimers as DisclaimerTexts } from '../../content/types'
import { fallbackLang } from './fallbackLang'

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
        <Paragraph {...fallbackLang(texts, 'notExhaustive')}>{texts.notExhaustive}</Paragraph>
        <Paragraph {...fallbackLang(texts, 'notApproval')}>{texts.notApproval}</Paragraph>
        <Paragraph {...fallbackLang(texts, 'clinicianResponsible')}>{texts.clinicianResponsible}</Paragraph>
      </Alert>
    </section>
  )
}
