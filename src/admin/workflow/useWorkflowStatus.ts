'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type WorkflowStatus = {
  state: string
  stateLabel: string
  mayPublish: boolean
  reason?: string
  forceable: boolean
  transitions: { to: string; label?: string; commentRequired: boolean }[]
  reviewAfterPublish: boolean
  comments: { id: number | string; body: string; author: string | null; createdAt: string; transition: string | null }[]
}

/** The first refusal's message of a Payload error answer. */
export const messageOf = (json: unknown, status: number): string => {
  const error = (json as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] })?.errors?.[0]
  return error?.data?.errors?.[0]?.message ?? error?.message ?? String(status)
}

/**
 * The document's review status from GET /api/workflow/status (src/workflow/endpoints/status.ts), asked again
 * after each save of the document. Null while unknown or for a document not saved yet.
 */
export function useWorkflowStatus(): { status: WorkflowStatus | null; reload: () => Promise<void>; api: string; language: string } {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo() as ReturnType<typeof useDocumentInfo> & { lastUpdateTime?: number }
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [status, setStatus] = useState<WorkflowStatus | null>(null)

  const reload = useCallback(async () => {
    if (!id || !collectionSlug) return
    const res = await fetch(`${api}/workflow/status?collection=${encodeURIComponent(collectionSlug)}&id=${encodeURIComponent(String(id))}`, {
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
    if (res.ok) setStatus((await res.json()) as WorkflowStatus)
  }, [api, collectionSlug, id, i18n.language])

  useEffect(() => {
    void reload()
  }, [reload, lastUpdateTime])

  return { status, reload, api, language: i18n.language }
}
