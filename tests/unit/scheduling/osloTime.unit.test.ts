import { startOfNextOsloDay, startOfOsloDay } from '../../../src/scheduling/osloTime'
import { tariffBoundaries } from '../../../src/scheduling/tariffBoundaries'

describe('Oslo midnights', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    // Summer time starts at 02:00 on 29 March 2026 and ends at 03:00 on 25 October 2026: midnight keeps its offset.
    ['2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('%s begins at %s', (day, instant) => {
    expect(startOfOsloDay(day).toISOString()).toBe(instant)
  })

  it('the day after an instant begins at the next Oslo midnight, also across a change of clocks', () => {
    expect(startOfNextOsloDay('2026-10-25T10:00:00.000Z').toISOString()).toBe('2026-10-25T23:00:00.000Z')
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(startOfNextOsloDay('2026-12-31T23:30:00.000Z').toISOString()).toBe('2027-01-01T23:00:00.000Z')
  })
})

describe("a tariff's boundaries", () => {
  it('it turns current as its first Oslo day begins and expired as the day after its last begins', () => {
    // The admin's day-only picker stores noon UTC of the chosen day.
    expect(tariffBoundaries({ effectiveFrom: '2026-03-01T12:00:00.000Z', effectiveTo: '2026-06-30T12:00:00.000Z' }).map((d) => d.toISOString())).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-06-30T22:00:00.000Z',
    ])
    expect(tariffBoundaries({ effectiveFrom: '2026-03-01T12:00:00.000Z', effectiveTo: null })).toHaveLength(1)
  })
})
