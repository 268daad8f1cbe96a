const HOUR = 3_600_000
const DAY = 24 * HOUR

/** How long something has waited, as the dashboard says it: "under en time", "5 timer", "1 dag", "3 dager". */
export function waitedText(ms: number): { nb: string; en: string } {
  if (!(ms >= HOUR)) return { nb: 'under en time', en: 'less than an hour' }
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR)
    return hours === 1 ? { nb: '1 time', en: '1 hour' } : { nb: `${hours} timer`, en: `${hours} hours` }
  }
  const days = Math.floor(ms / DAY)
  return days === 1 ? { nb: '1 dag', en: '1 day' } : { nb: `${days} dager`, en: `${days} days` }
}
