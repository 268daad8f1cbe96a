'use client'

import { Button, PublishButton as PayloadPublishButton, useConfig, useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { useWorkflowStatus } from './useWorkflowStatus'

const TEXT = {
  nb: {
    publish: 'Publiser endringer',
    force: 'Tving publisering',
    reason: 'Begrunnelse for å tvinge publisering (lagres i revisjonsloggen, og endringen merkes for gjennomgang i etterkant)',
    confirm: 'Publiser med tvang',
    cancel: 'Avbryt',
    reasonRequired: 'Skriv en begrunnelse.',
  },
  en: {
    publish: 'Publish changes',
    force: 'Force publish',
    reason: 'Reason for forcing the publish (kept in the audit log; the change is marked for review afterwards)',
    confirm: 'Force publish',
    cancel: 'Cancel',
    reasonRequired: 'Write a reason.',
  },
}

/**
 * The edit view's Publish button (admin.components.edit.PublishButton of every collection with drafts): Payload's
 * own when the user may publish; otherwise a disabled button with the reason from GET /api/workflow/status, and
 * for an admin held back only by the second pair of eyes, "Tving publisering" asking for the reason.
 */
export function PublishButton(props: Parameters<typeof PayloadPublishButton>[0]) {
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const { code: localeCode } = useLocale()
  const { config } = useConfig()
  const { status, language } = useWorkflowStatus()
  const t = language === 'en' ? TEXT.en : TEXT.nb
  const formId = useId()
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)

  if (!id || !status || status.mayPublish) return <PayloadPublishButton {...props} />

  async function force() {
    if (reason.trim() === '') {
      setError(t.reasonRequired)
      return
    }
    await submit({
      action: `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}?depth=0&locale=${encodeURIComponent(localeCode)}`,
      method: 'PATCH',
      overrides: { _status: 'published', workflow: { forceReason: reason.trim() } },
    })
    window.location.reload()
  }

  return (
    <div className="workflow-publish" style={{ display: 'flex', flexDirection: 'column', gap: 'calc(var(--base) / 4)', maxWidth: '22rem' }}>
      <Button buttonStyle="primary" size="medium" disabled aria-describedby={`${formId}-reason`} className="workflow-publish__disabled">
        {t.publish}
      </Button>
      <p id={`${formId}-reason`} role="note" className="workflow-publish__reason" style={{ margin: 0, fontSize: 'small' }}>
        {status.reason}
      </p>
      {status.forceable ? (
        asking ? (
          <div>
            <label htmlFor={`${formId}-force`} style={{ display: 'block' }}>
              {t.reason}
            </label>
            <textarea id={`${formId}-force`} name="forceReason" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: '100%' }} />
            {error ? (
              <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
                {error}
              </p>
            ) : null}
            <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
              <Button buttonStyle="error" size="small" onClick={() => void force()}>
                {t.confirm}
              </Button>
              <Button buttonStyle="secondary" size="small" onClick={() => setAsking(false)}>
                {t.cancel}
              </Button>
            </div>
          </div>
        ) : (
          <Button buttonStyle="secondary" size="small" onClick={() => setAsking(true)}>
            {t.force}
          </Button>
        )
      ) : null}
    </div>
  )
}
