import { Heading, Link } from '../ds'

/** `itemsLang`: 'nb' when the body (and so its headings) has no translation and is shown in bokmål. */
type Props = { label: string; items: { id: string; text: string }[]; itemsLang?: 'nb' }

/** Links to the page's sections; shown when there are enough of them to need it. */
export function TableOfContents({ label, items, itemsLang }: Props) {
  if (items.length < 3) return null
  return (
    <nav aria-labelledby="innhold-heading" className="toc">
      <Heading level={2} data-size="2xs" id="innhold-heading">
        {label}
      </Heading>
      <ul lang={itemsLang}>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={`#${item.id}`}>{item.text}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
