import { Button, Input, Label } from '../ds'

type Props = { action: string; label: string; button: string; defaultValue?: string; id?: string }

/** A plain GET form to the search page: works without JavaScript, and the address can be shared. */
export function SearchForm({ action, label, button, defaultValue = '', id = 'sok' }: Props) {
  const inputId = `${id}-q`
  return (
    <form method="get" action={action} role="search" className="search-form">
      <Label htmlFor={inputId}>{label}</Label>
      <div className="search-form__row">
        <Input id={inputId} type="search" name="q" defaultValue={defaultValue} maxLength={80} autoComplete="off" />
        <Button type="submit">{button}</Button>
      </div>
    </form>
  )
}
