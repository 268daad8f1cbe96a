import { ATTESTATION_KEYS, type AttestationKey } from '../domain/attestations'
import { osloDay } from '../i18n/format'
import { startOfOsloDay } from '../scheduling/osloTime'

/** The site setting's default: a vendor's attestations stand for twelve months (issue 12 item 6). */
export const DEFAULT_RECONFIRM_MONTHS = 12

type AttestationValue = { status?: string | null; confirmedAt?: string | null } | null | undefined
export type Attestations = Partial<Record<AttestationKey, AttestationValue>> | null | undefined

export type Confirmation = {
  /** The oldest date among the answered attestations (yes or no): when the entry as a whole was last confirmed. */
  confirmedAt: string | null
  /**
   * When the vendor must confirm again: the start (Oslo midnight) of the Oslo calendar day that is the period
   * after `confirmedAt`'s Oslo day; null when never confirmed.
   */
  dueAt: string | null
  /** Whether `dueAt` has passed: the site marks the entry "Ikke bekreftet siden …" and the editors are told. */
  overdue: boolean
}

const time = (iso: string | null | undefined): number => (iso ? new Date(iso).getTime() : Number.NaN)

/** `iso` plus whole calendar months (UTC), clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(iso: string, months: number): string {
  const date = new Date(iso)
  const day = date.getUTCDate()
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString()
}

/** A period from site settings, or the default when it is missing or not a whole number from 1 to 36. */
export function reconfirmMonthsOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 36 ? value : DEFAULT_RECONFIRM_MONTHS
}

/**
 * The period counted in Oslo calendar days, as the site shows dates. A date may be stored as noon UTC (the
 * admin's day-only picker), as a bare day (the seed) or as an Oslo midnight (the previous day in UTC): months
 * added to the instant in UTC would miss a month's end by a day for the last, and a change of clocks would move
 * the due instant by an hour; counted from the Oslo day, all three are due as the same Oslo day begins.
 */
function dueAtOf(confirmedAt: string, months: number): string {
  const dueDay = addMonths(`${osloDay(confirmedAt)}T00:00:00.000Z`, months).slice(0, 10)
  return startOfOsloDay(dueDay).toISOString()
}

/**
 * When an entry's attestations were last confirmed and whether they are overdue for confirmation. Pure: the
 * public pages, the open data, the dashboards and the reminder task all read the same answer.
 */
export function confirmationOf(attestations: Attestations, months: number, now: Date = new Date()): Confirmation {
  const dates = ATTESTATION_KEYS.map((key) => attestations?.[key])
    .filter((a) => a && (a.status === 'yes' || a.status === 'no') && !Number.isNaN(time(a.confirmedAt)))
    .map((a) => new Date(a!.confirmedAt!).toISOString())
    .sort()
  const confirmedAt = dates[0] ?? null
  if (!confirmedAt) return { confirmedAt: null, dueAt: null, overdue: false }
  const dueAt = dueAtOf(confirmedAt, reconfirmMonthsOf(months))
  return { confirmedAt, dueAt, overdue: time(dueAt) <= now.getTime() }
}
