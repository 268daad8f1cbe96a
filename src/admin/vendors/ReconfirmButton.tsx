'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useConfig, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Status = { author: boolean; approved: boolean; confirmedAt: string | null; dueAt: string | null; overdue: boolean; allowed: boolean; reason?: string }

const TEXT = {
  nb: {
    title: 'Bekreftelse av opplysningene',
    confirmed: (date: string) => `Sist bekreftet ${date}.`,
    due: (date: string) => `Må bekreftes på nytt innen ${date}.`,
    overdue: (due: string, since: string) => `Fristen gikk ut ${due}. Nettstedet viser «Ikke bekreftet siden ${since}».`,
    never: 'Ingen av bekreftelsene er besvart ennå.',
    help: 'Stemmer opplysningene fortsatt? Knappen gir alle besvarte bekreftelser dagens dato og sender oppføringen til vurdering. Nettstedet viser den nye datoen når redaksjonen har godkjent den.',
    button: 'Bekreft opplysningene på nytt',
    unsaved: 'Lagre eller forkast endringene dine først.',
    done: 'Sendt til vurdering. Nettstedet viser den nye datoen når redaksjonen har godkjent den.',
    failed: 'Noe gikk galt. Prøv igjen.',
  },
  en: {
    title: 'Confirmation of the information',
    confirmed: (date: string) => `Last confirmed ${date}.`,
    due: (date: string) => `Must be confirmed again by ${date}.`,
    overdue: (due: string, since: string) => `The deadline passed on ${due}. The site shows "Not confirmed since ${since}".`,
    never: 'None of the attestations has been answered yet.',
    help: 'Is the information still correct? The button gives every answered attestation today’s date and submits the entry for review. The site shows the new date once the editors approve it.',
    button: 'Confirm the information again',
    unsaved: 'Save or discard your changes first.',
    done: 'Submitted for review. The site shows the new date once the editors approve it.',
    failed: 'Something went wrong. Please try again.',
  },
}

/** The outcome survives the reload that brings the new draft into the form. */
const DONE_KEY = 'vv-reconfirmed'

const day = (iso: string, lang: 'nb' | 'en') =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date(iso))

/**
 * "Bekreft opplysningene på nytt" in a vendor entry's sidebar (issue 12 item 6): for an author of an approved
 * entry, when it was last confirmed and when it is due, and the button that POSTs /api/vendors/reconfirm; the
 * server's answer (its Norwegian reason on a refusal) is shown. Nothing for anyone else or for a new entry.
 */
export const ReconfirmButton: UIFieldClientComponent = () => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const lang = i18n.language === 'en' ? 'en' : 'nb'
  const t = TEXT[lang]
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/vendors/reconfirm?id=${encodeURIComponent(String(id))}`, { credentials: 'include', headers: { 'Accept-Language': i18n.language } })
    setStatus(res.ok ? ((await res.json()) as Status) : null)
  }, [api, id, i18n.language])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  useEffect(() => {
    if (sessionStorage.getItem(DONE_KEY) !== String(id)) return
    sessionStorage.removeItem(DONE_KEY)
    setMessage({ ok: true, text: t.done })
  }, [id, t.done])

  if (!id || !status?.author || !status.approved) return message ? <p role="status">{message.text}</p> : null

  async function submit() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/vendors/reconfirm`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ id }),
      })
      const json = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      if (res.ok) {
        // The form still holds the old dates: reload, so a later save does not write them back.
        sessionStorage.setItem(DONE_KEY, String(id))
        window.location.reload()
        return
      }
      setMessage({ ok: false, text: json.errors?.[0]?.message ?? t.failed })
      await load()
    } catch {
      setMessage({ ok: false, text: t.failed })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type reconfirm-panel" data-reconfirm={status.overdue ? 'overdue' : 'current'} style={{ marginBlock: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t.title}</h3>
      {status.confirmedAt && status.dueAt ? (
        <p>
          {t.confirmed(day(status.confirmedAt, lang))}{' '}
          {status.overdue ? <strong>{t.overdue(day(status.dueAt, lang), day(status.confirmedAt, lang))}</strong> : t.due(day(status.dueAt, lang))}
        </p>
      ) : (
        <p>{t.never}</p>
      )}
      {status.allowed ? (
        <>
          <p>{t.help}</p>
          {modified ? <p>{t.unsaved}</p> : null}
          <Button buttonStyle="secondary" size="small" disabled={busy || modified} onClick={() => void submit()}>
            {t.button}
          </Button>
        </>
      ) : status.reason ? (
        <p>{status.reason}</p>
      ) : null}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} style={message.ok ? undefined : { color: 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
