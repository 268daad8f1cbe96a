type Item = { href?: string; text: string }

type Props = { heading: string; items: Item[]; id: string }

/**
 * Designsystemet's error summary as plain markup (the package's component is a web component that needs
 * JavaScript): a heading and one link per problem to its field. The form's 303 lands on `#<id>`, so the
 * browser scrolls to it; `tabIndex -1` lets that fragment take focus.
 */
export function ErrorSummary({ heading, items, id }: Props) {
  return (
    <div className="ds-error-summary registration__summary" id={id} tabIndex={-1} role="region" aria-labelledby={`${id}-heading`}>
      <h2 className="ds-heading" data-size="xs" id={`${id}-heading`}>
        {heading}
      </h2>
      <ul className="ds-list">
        {items.map((item) => (
          <li key={item.text}>
            {item.href ? (
              <a className="ds-link" data-color="neutral" href={item.href}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
