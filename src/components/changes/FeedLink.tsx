import { Link, Paragraph } from '../ds'

/** The link to a change history's Atom feed (also announced in the page's head). */
export function FeedLink({ href, label }: { href: string; label: string }) {
  return (
    <Paragraph data-size="sm">
      <Link href={href} type="application/atom+xml">
        {label}
      </Link>
    </Paragraph>
  )
}
