'use client'

import type { UIFieldClientComponent } from 'payload'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import type { User } from '../../../payload-types'
import { isStaff } from '../../access/isStaff'

type Link = { id: number | string; expiresAt: string; revokedAt?: string | null; note?: string | null; createdAt: string }

const TEXT = {
  nb: {
    title: 'Del forhåndsvisning',
    intro: 'En lenke som viser dette utkastet til noen uten konto, bare for lesing. Den slutter å virke når den utløper, trekkes tilbake eller utkastet publiseres.',
    days: 'Gyldig i antall dager (1–30)',
    note: 'Notat (hvem den er til)',
    create: 'Lag lenke',
    created: 'Lenken vises bare nå. Kopier den og send den til mottakeren:',
    none: 'Ingen lenker ennå.',
    until: (d: string) => `Gyldig til ${d}`,
    revoked: (d: string) => `Trukket tilbake ${d}`,
    expired: 'Utløpt',
    revoke: 'Trekk tilbake',
    saveFirst: 'Lagre dokumentet først.',
  },
  en: {
    title: 'Share preview',
    intro: 'A link that shows this draft to someone without an account, read only. It stops working when it expires, is revoked or the draft is published.',
    days: 'Valid for days (1–30)',
    note: 'Note (who it is for)',
    create: 'Create link',
    created: 'The link is shown only now. Copy it and send it to its recipient:',
    none: 'No links yet.',
    until: (d: string) => `Valid until ${d}`,
    revoked: (d: string) => `Revoked ${d}`,
    expired: 'Expired',
    revoke: 'Revoke',
    saveFirst: 'Save the document first.',
  },
}

/** The first refusal's message of a Payload error answer. */
const messageOf = (json: unknown, status: number) => {
  const error = (json as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] })?.errors?.[0]
  return error?.data?.errors?.[0]?.message ?? error?.message ?? String(status)
}

/**
 * The sidebar's "Del forhåndsvisning" (collections/preview-links/): for staff, make a share link to this
 * document's draft for a number of days, see it once, and list and revoke this document's links.
 */
export const SharePreviewField: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.nb
  const locale = i18n.language === 'en' ? 'en-GB' : 'nb-NO'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const formId = useId()
  const [days, setDays] = useState('7')
  const [note, setNote] = useState('')
  const [links, setLinks] = useState<Link[]>([])
  const [created, setCreated] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const query = `where[targetCollection][equals]=${encodeURIComponent(collectionSlug)}&where[docId][equals]=${encodeURIComponent(String(id))}&sort=-createdAt&limit=50&depth=0`
    const res = await fetch(`${api}/preview-links?${query}`, { credentials: 'include' })
    if (res.ok) setLinks(((await res.json()) as { docs: Link[] }).docs)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!isStaff({ req: { user: user ?? null } })) return null
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' })

  async function send(path: string, method: 'POST' | 'PATCH', body: unknown) {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${api}${path}`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) setError(messageOf(json, res.status))
      return res.ok ? (json as { doc?: { url?: string } }) : null
    } finally {
      setBusy(false)
    }
  }

  async function create() {
    const answer = await send('/preview-links', 'POST', { targetCollection: collectionSlug, docId: String(id), days: Number(days), note: note || undefined })
    if (answer?.doc?.url) setCreated(`${window.location.origin}${answer.doc.url}`)
    await load()
  }

  async function revoke(linkId: Link['id']) {
    await send(`/preview-links/${linkId}`, 'PATCH', { revokedAt: new Date().toISOString() })
    await load()
  }

  return (
    <div className="field-type share-preview" style={{ marginBlock: 'var(--base)' }}>
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t.title}</h3>
      {!id ? (
        <p>{t.saveFirst}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <label htmlFor={`${formId}-days`} style={{ display: 'block' }}>
            {t.days}
          </label>
          <input id={`${formId}-days`} name="shareDays" type="number" min={1} max={30} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
          <label htmlFor={`${formId}-note`} style={{ display: 'block', marginTop: 'calc(var(--base) / 2)' }}>
            {t.note}
          </label>
          <input id={`${formId}-note`} name="shareNote" type="text" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void create()}>
              {t.create}
            </Button>
          </div>
          {error ? (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {error}
            </p>
          ) : null}
          {created ? (
            <div role="status">
              <label htmlFor={`${formId}-link`}>{t.created}</label>
              <input id={`${formId}-link`} name="shareLink" type="text" readOnly value={created} style={{ width: '100%' }} onFocus={(e) => e.target.select()} />
            </div>
          ) : null}
          {links.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul className="share-preview__links" style={{ paddingInlineStart: 0, listStyle: 'none' }}>
              {links.map((link) => {
                const expired = new Date(link.expiresAt).getTime() <= Date.now()
                return (
                  <li key={link.id} data-link-id={String(link.id)} style={{ marginBlock: 'calc(var(--base) / 2)' }}>
                    {link.note ? <strong>{link.note}: </strong> : null}
                    {link.revokedAt ? t.revoked(when(link.revokedAt)) : expired ? t.expired : t.until(when(link.expiresAt))}
                    {!link.revokedAt && !expired ? (
                      <>
                        {' '}
                        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void revoke(link.id)}>
                          {t.revoke}
                        </Button>
                      </>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
