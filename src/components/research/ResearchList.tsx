import { Link, Paragraph } from '../ds'

import type { ResearchLink } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { fallbackLang } from '../common/fallbackLang'

type Props = { t: Dictionary; items: ResearchLink[]; anchors?: boolean }

/** Reports and studies with publisher and year; the title links out when the address is safe. */
export function ResearchList({ t, items, anchors = false }: Props) {
  if (!items.length) return <Paragraph>{t.research.none}</Paragraph>
  return (
    <ul className="research-list">
      {items.map((item) => (
        <li key={item.id} id={anchors ? `forskning-${item.id}` : undefined}>
          <span className="research-list__title">{item.url ? <Link href={item.url}>{item.title}</Link> : item.title}</span>
          {item.publisher || item.year ? (
            <Paragraph data-size="sm" className="research-list__meta">
              {[item.publisher, item.year].filter(Boolean).join(', ')}
            </Paragraph>
          ) : null}
          {item.summary ? (
            <Paragraph data-size="sm" {...fallbackLang(item, 'summary')}>
              {item.summary}
            </Paragraph>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
