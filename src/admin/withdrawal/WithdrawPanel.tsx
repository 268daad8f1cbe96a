'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import type { User } from '../../../payload-types'
import { isStaff } from '../../access/isStaff'

type Option = { value: string; label: string }
type Mode = 'gone' | 'redirect'
type TargetKind = 'document' | 'path'

const TEXT = {
  nb: {
    title: 'Trekk tilbake',
    intro: 'Tar siden av nettstedet med en begrunnelse. Adressene svarer «410 borte» med forklaringen, eller sender leseren videre for godt.',
    gone: 'Vis forklaring (410 borte)',
    redirect: 'Send leseren videre (301)',
    explanation: 'Offentlig forklaring',
    target: 'Send til',
    document: 'En artikkel eller videoløsning',
    path: 'En adresse på nettstedet',
    choose: 'Velg …',
    submit: 'Trekk tilbake',
    done: 'Siden er trukket tilbake.',
    notPublished: 'Bare en publisert side kan trekkes tilbake.',
  },
  en: {
    title: 'Withdraw',
    intro: 'Takes the page off the site with a reason. Its addresses answer "410 gone" with the explanation, or send readers on permanently.',
    gone: 'Show an explanation (410 gone)',
    redirect: 'Send readers on (301)',
    explanation: 'Public explanation',
    target: 'Send to',
    document: 'An article or video solution',
    path: 'An address on the site',
    choose: 'Choose …',
    submit: 'Withdraw',
    done: 'The page has been withdrawn.',
    notPublished: 'Only a published page can be withdrawn.',
  },
}

const LANG_LABELS = { nb: 'Bokmål (påkrevd)', nn: 'Nynorsk', en: 'English' } as const

async function publishedOptions(api: string, collection: 'articles' | 'vendors', title: string): Promise<Option[]> {
  const query = `where[_status][equals]=published&limit=200&depth=0&select[${title}]=true&sort=${title}`
  const res = await fetch(`${api}/${collection}?${query}`, { credentials: 'include' })
  if (!res.ok) return []
  const { docs } = (await res.json()) as { docs: Record<string, unknown>[] }
  return docs.map((doc) => ({ value: `${collection}:${String(doc.id)}`, label: String(doc[title] ?? doc.id) }))
}

/**
 * The sidebar's "Trekk tilbake" (src/withdrawal/): for staff, on a published article or vendor, a small form
 * that posts to /api/withdrawal and shows the server's answer (its Norwegian message on a refusal).
 */
export const WithdrawPanel: UIFieldClientComponent = () => {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nb
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const formId = useId()
  const [open, setOpen] = useState(false)
  const [mode, setMode] = useState<Mode>('gone')
  const [texts, setTexts] = useState({ nb: '', nn: '', en: '' })
  const [targetKind, setTargetKind] = useState<TargetKind>('document')
  const [targetDoc, setTargetDoc] = useState('')
  const [targetPath, setTargetPath] = useState('')
  const [options, setOptions] = useState<Option[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open || mode !== 'redirect' || options.length > 0) return
    void Promise.all([publishedOptions(api, 'articles', 'title'), publishedOptions(api, 'vendors', 'name')]).then(([a, v]) =>
      setOptions([...a, ...v].filter((o) => o.value !== `${collectionSlug}:${String(id)}`)),
    )
  }, [open, mode, options.length, api, collectionSlug, id])

  if (!id || !isStaff({ req: { user: user ?? null } })) return null

  async function submit() {
    setBusy(true)
    setMessage(null)
    const [collection, docId] = targetDoc.split(':')
    const target = targetKind === 'path' ? { path: targetPath } : { collection, id: docId }
    const body = mode === 'gone' ? { collection: collectionSlug, id, mode, explanation: texts } : { collection: collectionSlug, id, mode, target }
    try {
      const res = await fetch(`${api}/withdrawal`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(body),
      })
      const json = (await res.json().catch(() => ({}))) as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
      if (res.ok) {
        setMessage({ ok: true, text: t.done })
        setTimeout(() => window.location.reload(), 800)
      } else {
        const error = json.errors?.[0]
        setMessage({ ok: false, text: error?.data?.errors?.[0]?.message ?? error?.message ?? String(res.status) })
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type withdraw-panel" style={{ marginBlock: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t.title}</h3>
      {!hasPublishedDoc ? (
        <p>{t.notPublished}</p>
      ) : !open ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          {t.title} …
        </Button>
      ) : (
        <fieldset style={{ border: 0, padding: 0 }}>
          <legend>{t.intro}</legend>
          {(['gone', 'redirect'] as const).map((value) => (
            <label key={value} style={{ display: 'block' }}>
              <input type="radio" name={`${formId}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} /> {t[value]}
            </label>
          ))}
          {mode === 'gone' ? (
            (['nb', 'nn', 'en'] as const).map((lang) => (
              <label key={lang} style={{ display: 'block', marginTop: 'calc(var(--base) / 2)' }}>
                {t.explanation}, {LANG_LABELS[lang]}
                <textarea
                  lang={lang}
                  rows={3}
                  maxLength={1000}
                  required={lang === 'nb'}
                  style={{ width: '100%' }}
                  value={texts[lang]}
                  onChange={(e) => setTexts({ ...texts, [lang]: e.target.value })}
                />
              </label>
            ))
          ) : (
            <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
              <span>{t.target}</span>
              {(['document', 'path'] as const).map((value) => (
                <label key={value} style={{ display: 'block' }}>
                  <input type="radio" name={`${formId}-target`} checked={targetKind === value} onChange={() => setTargetKind(value)} /> {t[value]}
                </label>
              ))}
              {targetKind === 'document' ? (
                <select aria-label={t.document} value={targetDoc} onChange={(e) => setTargetDoc(e.target.value)} style={{ width: '100%' }}>
                  <option value="">{t.choose}</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input aria-label={t.path} type="text" placeholder="/takster" value={targetPath} onChange={(e) => setTargetPath(e.target.value)} style={{ width: '100%' }} />
              )}
            </div>
          )}
          <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
            <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void submit()}>
              {t.submit}
            </Button>
          </div>
        </fieldset>
      )}
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} style={{ color: message.ok ? undefined : 'var(--theme-error-500)' }}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
