import { waitedText } from '../../../src/dashboard/waited'

// How long a submitted vendor entry has waited, as "Til vurdering" says it (issue 12 item 3).
const HOUR = 3_600_000

describe('waitedText', () => {
  it.each([
    [0, 'under en time', 'less than an hour'],
    [59 * 60_000, 'under en time', 'less than an hour'],
    [HOUR, '1 time', '1 hour'],
    [5 * HOUR + 1, '5 timer', '5 hours'],
    [24 * HOUR, '1 dag', '1 day'],
    [3 * 24 * HOUR + 23 * HOUR, '3 dager', '3 days'],
    [-5, 'under en time', 'less than an hour'],
  ])('%d ms: %s / %s', (ms, nb, en) => {
    expect(waitedText(ms)).toEqual({ nb, en })
  })
})
