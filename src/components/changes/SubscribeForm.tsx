import { Button, Heading, Input, Label, Paragraph } from '../ds'

type Texts = { heading: string; intro: string; label: string; button: string; honeypot: string }

type Props = { action: string; page: string; t: Texts; id: string }

/**
 * The e-mail alert form: a plain POST (works without JavaScript) to the subscription route, which answers with
 * a page of its own. `nettside` is a honeypot: hidden from people (and from assistive technology), left empty
 * by them, filled by bots, which are then told "sent" and nothing is stored.
 */
export function SubscribeForm({ action, page, t, id }: Props) {
  const inputId = `${id}-epost`
  return (
    <section aria-labelledby={`${id}-heading`} className="subscribe">
      <Heading level={2} data-size="xs" id={`${id}-heading`}>
        {t.heading}
      </Heading>
      <Paragraph data-size="sm">{t.intro}</Paragraph>
      <form method="post" action={action} className="search-form">
        <input type="hidden" name="side" value={page} />
        <div className="subscribe__trap" aria-hidden="true">
          <label htmlFor={`${id}-nettside`}>{t.honeypot}</label>
          <input id={`${id}-nettside`} type="text" name="nettside" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <Label htmlFor={inputId}>{t.label}</Label>
        <div className="search-form__row">
          <Input id={inputId} type="email" name="epost" required maxLength={254} autoComplete="email" />
          <Button type="submit">{t.button}</Button>
        </div>
      </form>
    </section>
  )
}
