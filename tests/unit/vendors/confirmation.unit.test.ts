import { addMonths, confirmationOf, DEFAULT_RECONFIRM_MONTHS, reconfirmMonthsOf } from '../../../src/vendors/confirmation'

describe('addMonths', () => {
  it.each([
    ['2025-03-15T10:20:30.000Z', 12, '2026-03-15T10:20:30.000Z'],
    ['2025-11-30T00:00:00.000Z', 3, '2026-02-28T00:00:00.000Z'],
    // The month's last day when the day does not exist in the target month; 2024 is a leap year.
    ['2026-01-31T12:00:00.000Z', 1, '2026-02-28T12:00:00.000Z'],
    ['2024-01-31T12:00:00.000Z', 1, '2024-02-29T12:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', 12, '2025-02-28T00:00:00.000Z'],
    ['2026-05-31T00:00:00.000Z', -1, '2026-04-30T00:00:00.000Z'],
  ])('%s plus %i months is %s', (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected)
  })
})

describe('reconfirmMonthsOf', () => {
  it.each([1, 6, 12, 36])('keeps a whole number from 1 to 36: %p', (value) => {
    expect(reconfirmMonthsOf(value)).toBe(value)
  })

  it.each([0, 37, -3, 1.5, Number.NaN, '12', null, undefined])('falls back to twelve months for %p', (value) => {
    expect(reconfirmMonthsOf(value)).toBe(12)
  })

  it('the default is twelve months', () => {
    expect(DEFAULT_RECONFIRM_MONTHS).toBe(12)
  })
})

describe('confirmationOf', () => {
  const now = new Date('2026-12-01T12:00:00.000Z')

  it('never confirmed: no date, nothing due, not overdue', () => {
    expect(confirmationOf(null, 12, now)).toEqual({ confirmedAt: null, dueAt: null, overdue: false })
    expect(confirmationOf({}, 12, now)).toEqual({ confirmedAt: null, dueAt: null, overdue: false })
    // A date on an unanswered attestation, or a date that is not one, does not count.
    expect(
      confirmationOf(
        { endToEndEncryption: { status: 'unknown', confirmedAt: '2026-01-01T00:00:00.000Z' }, followsNormen: { status: 'yes', confirmedAt: 'not a date' } },
        12,
        now,
      ),
    ).toEqual({ confirmedAt: null, dueAt: null, overdue: false })
    expect(confirmationOf({ followsNormen: { status: 'yes', confirmedAt: null } }, 12, now).confirmedAt).toBeNull()
  })

  it('the entry as a whole was confirmed on the oldest date among the answered attestations (yes or no)', () => {
    const result = confirmationOf(
      {
        endToEndEncryption: { status: 'yes', confirmedAt: '2026-06-10T22:00:00.000Z' },
        participantsIdentified: { status: 'no', confirmedAt: '2026-04-01T22:00:00.000Z' },
        allParticipantsVisible: { status: 'unknown', confirmedAt: '2020-01-01T00:00:00.000Z' },
        followsNormen: { status: 'yes', confirmedAt: '2026-05-01T22:00:00.000Z' },
      },
      12,
      now,
    )
    expect(result.confirmedAt).toBe('2026-04-01T22:00:00.000Z')
    // 2 April 2026 in Oslo, plus twelve months: due as 2 April 2027 begins in Oslo (summer time, UTC+2).
    expect(result.dueAt).toBe('2027-04-01T22:00:00.000Z')
    expect(result.overdue).toBe(false)
  })

  it('a day-only date as the seed writes it (YYYY-MM-DD) counts as that day', () => {
    const result = confirmationOf({ followsNormen: { status: 'yes', confirmedAt: '2020-03-18' } }, 12, now)
    expect(result.confirmedAt).toBe('2020-03-18T00:00:00.000Z')
    expect(result.dueAt).toBe('2021-03-17T23:00:00.000Z')
    expect(result.overdue).toBe(true)
  })

  // A date stored as the Oslo midnight of its day (the previous day in UTC); the period counts Oslo calendar days.
  it('31 January in Oslo plus one month is due as 28 February begins in Oslo', () => {
    const result = confirmationOf({ followsNormen: { status: 'yes', confirmedAt: '2026-01-30T23:00:00.000Z' } }, 1, now)
    expect(result.dueAt).toBe('2026-02-27T23:00:00.000Z')
  })

  it("the admin's day-only dates (noon UTC) are due as the same Oslo day begins", () => {
    const result = confirmationOf({ followsNormen: { status: 'yes', confirmedAt: '2026-01-31T12:00:00.000Z' } }, 1, now)
    expect(result.dueAt).toBe('2026-02-27T23:00:00.000Z')
  })

  it('across a change of clocks the due date is still the Oslo midnight of the same day of the month', () => {
    // 1 June 2025 in Oslo (summer time) plus six months: 1 December 2025, which begins at 23:00 UTC.
    const result = confirmationOf({ followsNormen: { status: 'yes', confirmedAt: '2025-05-31T22:00:00.000Z' } }, 6, now)
    expect(result.dueAt).toBe('2025-11-30T23:00:00.000Z')
  })

  it('is overdue from the first moment of the due day, not before', () => {
    const attestations = { endToEndEncryption: { status: 'yes', confirmedAt: '2025-11-30T23:00:00.000Z' } }
    const dueAt = '2026-11-30T23:00:00.000Z'
    expect(confirmationOf(attestations, 12, new Date('2026-11-30T22:59:59.999Z'))).toEqual({ confirmedAt: '2025-11-30T23:00:00.000Z', dueAt, overdue: false })
    expect(confirmationOf(attestations, 12, new Date(dueAt)).overdue).toBe(true)
  })

  it('takes the period from the argument, and the default for a period that is not one', () => {
    const attestations = { followsNormen: { status: 'yes', confirmedAt: '2026-01-14T23:00:00.000Z' } }
    expect(confirmationOf(attestations, 6, now).dueAt).toBe('2026-07-14T22:00:00.000Z')
    expect(confirmationOf(attestations, 6, now).overdue).toBe(true)
    expect(confirmationOf(attestations, 0, now).dueAt).toBe('2027-01-14T23:00:00.000Z')
    expect(confirmationOf(attestations, 0, now).overdue).toBe(false)
  })
})
