import type { Lang } from './langs'

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }

// Dates are stored as instants; the guide is Norwegian, so a date is the calendar day in Oslo.
const TIME_ZONE = 'Europe/Oslo'

/** "16. mars 2020" / "16 March 2020". Empty for a missing or broken date. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(date)
}

/** The calendar day in Oslo as YYYY-MM-DD, comparable as a string. */
export function osloDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }).format(date)
}

/** ISO date for <time dateTime>. */
export function isoDay(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : osloDay(date)
}

/** "1. desember 2026 kl. 12.40" / "1 December 2026 at 12:40", in Oslo time. Empty for a missing or broken date. */
export function formatDateTime(iso: string | null | undefined, lang: Lang, at: string): string {
  const day = formatDate(iso, lang)
  if (!day || !iso) return ''
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  const separator = lang === 'en' ? ':' : '.'
  return `${day} ${at} ${part('hour')}${separator}${part('minute')}`
}
