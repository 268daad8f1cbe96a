import type { Message } from '../validation/messages'

/** When the stored copy was written, as the editor reads it: the time, and the date when it was not today (Oslo time). */
export type ChangedAt = { time: { nb: string; en: string }; date?: { nb: string; en: string } }

const OSLO = 'Europe/Oslo'

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? ''
}

/** "12.40" in bokmål, "12:40" in English; with "1. desember" / "1 December" when the change was on another day. */
export function changedAt(when: Date, now: Date = new Date()): ChangedAt {
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: OSLO }).formatToParts(when)
  const [hour, minute] = [part(clock, 'hour'), part(clock, 'minute')]
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: OSLO }).format(d)
  const result: ChangedAt = { time: { nb: `${hour}.${minute}`, en: `${hour}:${minute}` } }
  if (day(when) !== day(now)) {
    result.date = {
      nb: new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', timeZone: OSLO }).format(when),
      en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: OSLO }).format(when),
    }
  }
  return result
}

/**
 * What a stale save is answered: who changed the document and when (the name only when it is known and the
 * reader may see it), and what to do so that nothing is lost.
 */
export function staleSaveMessage(at: ChangedAt, by: string | undefined): Message {
  const byNb = by ? ` av ${by}` : ''
  const byEn = by ? ` by ${by}` : ''
  const whenNb = `${at.date ? `${at.date.nb} ` : ''}kl. ${at.time.nb}`
  const whenEn = `${at.date ? `on ${at.date.en} ` : ''}at ${at.time.en}`
  return {
    nb: `Dokumentet er endret${byNb} ${whenNb} etter at du åpnet det. Last inn siden på nytt for å se endringene, og gjør dine endringer igjen. Kopier gjerne teksten din først, så du ikke mister den.`,
    en: `The document was changed${byEn} ${whenEn} after you opened it. Reload the page to see the changes, and make your changes again. You may want to copy your text first so that you do not lose it.`,
  }
}

export const UPDATED_AT_MALFORMED: Message = {
  nb: 'updatedAt må være tidspunktet dokumentet ble hentet med (ISO 8601, slik API-et sender det), eller utelates.',
  en: 'updatedAt must be the time the document was read with (ISO 8601, as the API sends it), or be left out.',
}
