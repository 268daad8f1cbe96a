// The type and form of single values (text, number, date, publication status), whatever the client sent.
import type { Message } from '../messages'

/** A text field's value is a string (or, for a field with many values, a list of strings); never an object. */
export function checkTextValue(value: unknown, hasMany = false): Message | null {
  if (value === null || value === undefined || typeof value === 'string') return null
  if (hasMany && Array.isArray(value) && value.every((item) => typeof item === 'string')) return null
  return { nb: 'Verdien må være tekst.', en: 'The value must be text.' }
}

/** A number field's value is a finite number; "abc" (which arrives as NaN) is refused rather than stored as empty. */
export function checkNumberValue(value: unknown, hasMany = false): Message | null {
  if (value === null || value === undefined) return null
  const values = hasMany && Array.isArray(value) ? value : [value]
  if (values.every((item) => typeof item === 'number' && Number.isFinite(item))) return null
  return { nb: 'Skriv et tall, for eksempel 2021.', en: 'Enter a number, for example 2021.' }
}

export const YEAR_RANGE = { min: 1900, max: 2200 } as const

// ISO 8601 as the admin and the API send it: a date, optionally a time and an offset.
const ISO_DATE =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date that exists on the calendar (no 30 February, which JavaScript would quietly turn into 2 March), in
 * ISO form (2026-03-01 or 2026-03-01T12:00:00.000Z), with a year between 1900 and 2200.
 */
export function checkCalendarDate(value: unknown): Message | null {
  if (value === null || value === undefined || value === '') return null
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value
  const match = typeof text === 'string' ? ISO_DATE.exec(text.trim()) : null
  if (!match) {
    return {
      nb: 'Skriv en gyldig dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-03-01.',
      en: 'Enter a valid date in the form YYYY-MM-DD, for example 2026-03-01.',
    }
  }
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  if (year! < YEAR_RANGE.min || year! > YEAR_RANGE.max) {
    return {
      nb: `Datoen må ha et årstall mellom ${YEAR_RANGE.min} og ${YEAR_RANGE.max}.`,
      en: `The date must have a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`,
    }
  }
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate()
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth || hour! > 23 || minute! > 59 || second! > 59) {
    return {
      nb: 'Datoen finnes ikke i kalenderen. Sjekk dag og måned.',
      en: 'That date does not exist on the calendar. Check the day and month.',
    }
  }
  return null
}

/** The publication states Payload knows. Anything else would be neither shown nor hidden consistently. */
export const PUBLICATION_STATUSES = ['draft', 'published'] as const

export function checkPublicationStatus(value: unknown): Message | null {
  if ((PUBLICATION_STATUSES as readonly unknown[]).includes(value)) return null
  return {
    nb: 'Status må være «draft» (kladd) eller «published» (publisert).',
    en: 'The status must be "draft" or "published".',
  }
}

/** An end date must not come before its start date. */
export function checkDateOrder(from: unknown, to: unknown): Message | null {
  if (!from || !to) return null
  const start = new Date(from as string).getTime()
  const end = new Date(to as string).getTime()
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  if (end < start) {
    return { nb: 'Sluttdatoen kan ikke være før startdatoen.', en: 'The end date cannot be before the start date.' }
  }
  return null
}
