import type { FieldName, KeptValues, Problem, Problems } from '@/registration/fields'
import { FIELDS, HONEYPOT_FIELD, MAX_LENGTH, TOKEN_FIELD } from '@/registration/fields'
import type { RegistrationTexts } from '@/registration/texts'

import { Button, Input, Label } from '../ds'
import { ErrorSummary } from './ErrorSummary'

type Props = {
  action: string
  token: string
  t: RegistrationTexts['form']
  problems: Problems
  values: KeptValues
}

const INPUT: Record<FieldName, { type: 'text' | 'email' | 'password'; autoComplete: string; inputMode?: 'numeric' }> = {
  organisationName: { type: 'text', autoComplete: 'organization' },
  organisationNumber: { type: 'text', autoComplete: 'off', inputMode: 'numeric' },
  contactName: { type: 'text', autoComplete: 'name' },
  email: { type: 'email', autoComplete: 'email' },
  password: { type: 'password', autoComplete: 'new-password' },
}

export const problemText = (t: RegistrationTexts['form'], field: FieldName | 'form', problem: Problem): string =>
  problem === 'required' ? (field === 'form' ? t.problems['form-invalid'] : t.required[field]) : t.problems[problem]

/**
 * The registration form: a plain POST (works without JavaScript) to the registration route. A refused post
 * comes back here with an error summary on top, each field's problem next to it, and what was typed (never
 * the password). `website` is a honeypot (hidden from people and assistive technology); `formToken` is the
 * signed time this page was rendered (a bot that posts at once is refused).
 */
export function RegistrationForm({ action, token, t, problems, values }: Props) {
  const summary = [
    ...(problems.form ? [{ text: problemText(t, 'form', problems.form) }] : []),
    ...FIELDS.filter((f) => problems[f]).map((f) => ({ href: `#${f}`, text: problemText(t, f, problems[f]!) })),
  ]
  return (
    <form method="post" action={action} noValidate className="registration">
      {summary.length > 0 ? <ErrorSummary id="feil" heading={t.summaryHeading} items={summary} /> : null}
      <input type="hidden" name={TOKEN_FIELD} value={token} />
      <div className="subscribe__trap" aria-hidden="true">
        <label htmlFor={HONEYPOT_FIELD}>{t.honeypot}</label>
        <input id={HONEYPOT_FIELD} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {FIELDS.map((field) => {
        const problem = problems[field]
        const hint = t.hints[field]
        const describedBy = [hint ? `${field}-hint` : null, problem ? `${field}-error` : null].filter(Boolean).join(' ')
        return (
          <div className="ds-field registration__field" key={field}>
            <Label htmlFor={field}>{t.labels[field]}</Label>
            {hint ? (
              <p className="ds-paragraph" data-size="sm" id={`${field}-hint`}>
                {hint}
              </p>
            ) : null}
            {problem ? (
              <p className="ds-validation-message" data-field="validation" data-color="danger" id={`${field}-error`}>
                {problemText(t, field, problem)}
              </p>
            ) : null}
            <Input
              id={field}
              name={field}
              type={INPUT[field].type}
              autoComplete={INPUT[field].autoComplete}
              inputMode={INPUT[field].inputMode}
              required
              maxLength={MAX_LENGTH[field]}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy || undefined}
              defaultValue={field === 'password' ? undefined : (values[field] ?? '')}
            />
          </div>
        )
      })}
      <Button type="submit">{t.submit}</Button>
    </form>
  )
}
