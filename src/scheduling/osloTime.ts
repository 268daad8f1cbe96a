import { osloDay } from '../i18n/format'

const DAY_MS = 86_400_000

/** Oslo's offset from UTC (ms) at an instant: +1 h in winter, +2 h in summer. */
function osloOffsetAt(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The instant an Oslo calendar day (YYYY-MM-DD) begins: its midnight in Oslo, summer time or not. */
export function startOfOsloDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const midnightUtc = Date.UTC(year, month - 1, date)
  let instant = midnightUtc - osloOffsetAt(midnightUtc)
  // The offset at the guess may differ from the one at the real midnight (a change of clocks in between).
  instant = midnightUtc - osloOffsetAt(instant)
  return new Date(instant)
}

/** The instant the Oslo day after the given instant's day begins. */
export function startOfNextOsloDay(iso: string | Date): Date {
  const day = osloDay(iso)
  // Noon of the day, plus a day, lands on the next calendar day whatever the clocks do.
  const next = osloDay(new Date(startOfOsloDay(day).getTime() + DAY_MS + DAY_MS / 2))
  return startOfOsloDay(next)
}
