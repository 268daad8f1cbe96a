'use client'

import { useEffect, useState } from 'react'

type Change = { path: string; label: { nb: string; en: string }; published: string; proposed: string }
type Diff = { hasPublished: boolean; changes: Change[]; compareHref: string }

const TEXT = {
  nb: {
    title: 'Endringer mot publisert versjon',
    field: 'Felt',
    published: 'Publisert',
    proposed: 'Foreslått',
    none: 'Ingen endringer mot den publiserte versjonen.',
    notPublished: 'Ingen versjon er publisert ennå: alt er nytt.',
    compare: 'Sammenlign versjonene i detalj',
    empty: '(tomt)',
  },
  en: {
    title: 'Changes against the published version',
    field: 'Field',
    published: 'Published',
    proposed: 'Proposed',
    none: 'No changes against the published version.',
    notPublished: 'No version is published yet: everything is new.',
    compare: 'Compare the versions in detail',
    empty: '(empty)',
  },
}

/**
 * The review panel's "Endringer mot publisert versjon": what the newest draft changes against what the public
 * sees, field by field (GET /api/workflow/diff), with a link to Payload's own comparison of the two versions.
 * Shown to whoever may read the document's versions (reviewers and the entry's authors); nothing otherwise.
 */
export function DiffTable({ api, collection, id, language, reloadKey }: { api: string; collection: string; id: number | string; language: string; reloadKey?: unknown }) {
  const [diff, setDiff] = useState<Diff | null>(null)
  const lang = language === 'en' ? 'en' : 'nb'
  const t = TEXT[lang]

  useEffect(() => {
    let live = true
    void fetch(`${api}/workflow/diff?collection=${encodeURIComponent(collection)}&id=${encodeURIComponent(String(id))}`, {
      credentials: 'include',
      headers: { 'Accept-Language': language },
    }).then(async (res) => {
      if (live) setDiff(res.ok ? ((await res.json()) as Diff) : null)
    })
    return () => {
      live = false
    }
  }, [api, collection, id, language, reloadKey])

  if (!diff) return null
  return (
    <section className="review-panel__diff" aria-labelledby="review-panel-diff">
      <h4 id="review-panel-diff">{t.title}</h4>
      {!diff.hasPublished ? <p>{t.notPublished}</p> : null}
      {diff.changes.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table">
          <table aria-labelledby="review-panel-diff">
            <thead>
              <tr>
                <th scope="col">{t.field}</th>
                <th scope="col">{t.published}</th>
                <th scope="col">{t.proposed}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changes.map((change) => (
                <tr key={change.path} data-path={change.path}>
                  <th scope="row">{change.label[lang]}</th>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{change.published || t.empty}</td>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{change.proposed || t.empty}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={diff.compareHref}>{t.compare}</a>
      </p>
    </section>
  )
}
