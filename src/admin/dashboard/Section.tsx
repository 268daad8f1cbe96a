import type { ReactNode } from 'react'

type Props = { id: string; title: string; empty: string; count: number; children: ReactNode }

/** One section of the dashboard: a heading, then its table, or a sentence when there is nothing. */
export function Section({ id, title, empty, count, children }: Props) {
  return (
    <section aria-labelledby={id} className="vv-dashboard__section" data-section={id}>
      <h2 id={id}>
        {title} <span className="vv-dashboard__count">({count})</span>
      </h2>
      {count === 0 ? <p>{empty}</p> : children}
    </section>
  )
}

/** A table named by its section's heading, with column headers (Payload's admin table styles). */
export function Table({ labelledBy, columns, children }: { labelledBy: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table vv-dashboard__table">
      <table aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
