'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { entryKindOf, isWorkflowState, STATE_LABELS } from '../../workflow/states'
import { DiffTable } from './DiffTable'
import { messageOf, useWorkflowStatus } from './useWorkflowStatus'

const TEXT = {
  nb: {
    title: 'Gjennomgang',
    state: 'Status',
    saveFirst: 'Lagre utkastet først.',
    noComments: 'Ingen kommentarer ennå.',
    comment: 'Kommentar',
    commentRequired: 'Kommentar (påkrevd)',
    reviewAfter: 'Publisert med tvang: denne endringen må gjennomgås i etterkant.',
    unknownAuthor: 'Ukjent',
  },
  en: {
    title: 'Review',
    state: 'State',
    saveFirst: 'Save the draft first.',
    noComments: 'No comments yet.',
    comment: 'Comment',
    commentRequired: 'Comment (required)',
    reviewAfter: 'Force-published: this change must be reviewed afterwards.',
    unknownAuthor: 'Unknown',
  },
}

/**
 * The sidebar's "Gjennomgang": the document's review state, its comment thread (oldest first, with author, time
 * and the step each came with; a vendor reads its own entry's), the steps the user may take (send for review or
 * submit, ask for changes, reject) with a comment box, a note when a forced publish awaits review, and the
 * field-by-field changes against the published version (DiffTable). Each step goes through POST /api/workflow/transition.
 */
export const ReviewPanel: UIFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo() as ReturnType<typeof useDocumentInfo> & { lastUpdateTime?: number }
  const { status, api, language } = useWorkflowStatus()
  const t = language === 'en' ? TEXT.en : TEXT.nb
  const locale = language === 'en' ? 'en-GB' : 'nb-NO'
  const formId = useId()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' })
  const needsComment = status?.transitions.some((tr) => tr.commentRequired) ?? false
  const lang = language === 'en' ? 'en' : 'nb'
  /** The step a comment came with, in the entry's words ("Sendt inn", "Endringer ønsket", "Godkjent"). */
  const stepOf = (transition: string | null) => (transition && isWorkflowState(transition) && collectionSlug ? STATE_LABELS[entryKindOf(collectionSlug)][transition][lang] : null)

  async function take(to: string, required: boolean) {
    if (required && comment.trim() === '') {
      setError(t.commentRequired)
      return
    }
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${api}/workflow/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ collection: collectionSlug, id, to, comment: comment.trim() || undefined }),
      })
      if (!res.ok) {
        setError(messageOf(await res.json().catch(() => ({})), res.status))
        return
      }
      // The document changed on the server: reload it, so the next save is not a stale one.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type review-panel" style={{ marginBlock: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t.title}</h3>
      {!id ? (
        <p>{t.saveFirst}</p>
      ) : status ? (
        <>
          <p>
            {t.state}: <strong data-workflow-state={status.state}>{status.stateLabel}</strong>
          </p>
          {status.reviewAfterPublish ? (
            <p role="note" style={{ color: 'var(--theme-warning-750)' }}>
              {t.reviewAfter}
            </p>
          ) : null}
          {status.comments.length === 0 ? (
            <p>{t.noComments}</p>
          ) : (
            <ol className="review-panel__comments" style={{ paddingInlineStart: 0, listStyle: 'none' }}>
              {status.comments.map((c) => (
                <li key={c.id} style={{ marginBlock: 'calc(var(--base) / 2)' }}>
                  <div>
                    <strong>{c.author ?? t.unknownAuthor}</strong>, <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
                    {stepOf(c.transition) ? <span data-transition={c.transition}> ({stepOf(c.transition)})</span> : null}
                  </div>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{c.body}</div>
                </li>
              ))}
            </ol>
          )}
          {status.transitions.length > 0 ? (
            <>
              <label htmlFor={`${formId}-comment`} style={{ display: 'block' }}>
                {needsComment ? t.commentRequired : t.comment}
              </label>
              <textarea id={`${formId}-comment`} name="reviewComment" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} style={{ width: '100%' }} />
              <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap', marginTop: 'calc(var(--base) / 2)' }}>
                {status.transitions.map((tr) => (
                  <Button key={tr.to} buttonStyle="secondary" size="small" disabled={busy} onClick={() => void take(tr.to, tr.commentRequired)}>
                    {tr.label ?? tr.to}
                  </Button>
                ))}
              </div>
            </>
          ) : null}
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
          {collectionSlug ? <DiffTable api={api} collection={collectionSlug} id={id} language={language} reloadKey={lastUpdateTime} /> : null}
        </>
      ) : null}
    </div>
  )
}
