'use client'

import { useServerFunctions } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { jobId: number | string; label: string; accessibleLabel: string; busyLabel: string; doneLabel: string }

/**
 * Cancels one scheduled publish or unpublish from the dashboard, through the same server function as the
 * document's schedule drawer (staff only, audited: src/scheduling/serverFunctions.ts), then reloads the list.
 */
export function CancelScheduled({ jobId, label, accessibleLabel, busyLabel, doneLabel }: Props) {
  const { schedulePublish } = useServerFunctions()
  const router = useRouter()
  const [state, setState] = useState<'idle' | 'busy' | 'done' | { error: string }>('idle')
  const cancel = async () => {
    setState('busy')
    const result = (await schedulePublish({ deleteID: jobId } as never)) as { error?: string } | undefined
    if (result?.error) return setState({ error: result.error })
    setState('done')
    router.refresh()
  }
  if (state === 'done') return <span role="status">{doneLabel}</span>
  return (
    <>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={cancel} disabled={state === 'busy'} aria-label={accessibleLabel}>
        {state === 'busy' ? busyLabel : label}
      </button>
      {typeof state === 'object' ? <span role="alert"> {state.error}</span> : null}
    </>
  )
}
