import type { Tariff } from '../../content/types'
import type { Dictionary } from '../../i18n/dictionary'
import { formatDate, osloDay } from '../../i18n/format'
import type { Lang } from '../../i18n/langs'
import { ScrollRegion } from '../common/ScrollRegion'
import { tariffStatus, type TariffStatus } from './status'

type Props = { lang: Lang; t: Dictionary; tariffs: Tariff[]; day: string; id: string; group: string }

const WIDTH = 720
const LABEL = 130
const ROW = 26
const TOP = 28
// Room under the bars for the "I dag" label, descenders included.
const BOTTOM = 24
const LABEL_BASELINE = 7

const time = (day: string) => Date.parse(`${day}T00:00:00Z`)

/**
 * The tariffs' validity periods as bars on a time axis, drawn on the server (no chart library, no script).
 * The picture repeats the table next to it; its text alternative lists every period in words.
 */
export function TariffTimeline({ lang, t, tariffs, day, id, group }: Props) {
  if (!tariffs.length) return null
  const rows = tariffs.map((tariff) => ({
    tariff,
    from: osloDay(tariff.effectiveFrom),
    to: tariff.effectiveTo ? osloDay(tariff.effectiveTo) : null,
    status: tariffStatus(tariff, day),
  }))
  const firstYear = Math.min(...rows.map((r) => Number(r.from.slice(0, 4))))
  const lastYear = Math.max(Number(day.slice(0, 4)), ...rows.map((r) => Number((r.to ?? r.from).slice(0, 4)))) + 1
  const start = time(`${firstYear}-01-01`)
  const end = time(`${lastYear}-01-01`)
  const x = (d: string) => LABEL + ((time(d) - start) / (end - start)) * (WIDTH - LABEL - 8)
  const height = TOP + rows.length * ROW + BOTTOM
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const summary = rows
    .map((r) => t.tariffs.timelineSummary(r.tariff.code, formatDate(r.from, lang), r.to ? formatDate(r.to, lang) : null, t.tariffs.status[r.status]))
    .join('; ')

  return (
    <figure className="timeline">
      <ScrollRegion labelledBy={`${id}-caption`}>
        <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="timeline__svg">
          <title id={`${id}-title`}>{`${t.tariffs.timeline}: ${group}`}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          {years.map((year) => (
            <g key={year} className="timeline__tick">
              <line x1={x(`${year}-01-01`)} x2={x(`${year}-01-01`)} y1={TOP - 6} y2={height - BOTTOM} />
              {year < lastYear ? (
                <text x={x(`${year}-01-01`) + 4} y={TOP - 10}>
                  {year}
                </text>
              ) : null}
            </g>
          ))}
          {rows.map((r, i) => {
            const y = TOP + i * ROW
            const x1 = x(r.from)
            const x2 = r.to ? Math.max(x(r.to), x1 + 3) : WIDTH - 8
            return (
              <g key={r.tariff.id}>
                <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" className="timeline__label">
                  {r.tariff.code.length > 16 ? `${r.tariff.code.slice(0, 15)}…` : r.tariff.code}
                </text>
                <rect x={x1} y={y + 5} width={x2 - x1} height={ROW - 10} rx={3} className={`timeline__bar timeline__bar--${r.status}`} />
                {r.to ? null : <path d={`M${WIDTH - 8} ${y + 3} l6 ${ROW / 2 - 3} l-6 ${ROW / 2 - 3}z`} className={`timeline__bar--${r.status}`} />}
              </g>
            )
          })}
          <line x1={x(day)} x2={x(day)} y1={TOP - 6} y2={height - BOTTOM} className="timeline__today" />
          <text
            x={x(day) > WIDTH - 60 ? x(day) - 4 : x(day) + 4}
            y={height - LABEL_BASELINE}
            textAnchor={x(day) > WIDTH - 60 ? 'end' : 'start'}
            className="timeline__today-label"
          >
            {t.tariffs.timelineToday}
          </text>
        </svg>
      </ScrollRegion>
      <figcaption id={`${id}-caption`}>
        {t.tariffs.timelineCaption(group)}
        <Legend t={t} statuses={[...new Set(rows.map((r) => r.status))]} />
      </figcaption>
    </figure>
  )
}

function Legend({ t, statuses }: { t: Dictionary; statuses: TariffStatus[] }) {
  return (
    <span className="timeline__legend">
      {statuses.map((s) => (
        <span key={s} className="timeline__legend-item">
          <span aria-hidden="true" className={`timeline__swatch timeline__bar--${s}`} />
          {t.tariffs.status[s]}
        </span>
      ))}
    </span>
  )
}
