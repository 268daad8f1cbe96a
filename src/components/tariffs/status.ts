import type { Tariff } from '../../content/types'
import { osloDay } from '../../i18n/format'

export type TariffStatus = 'current' | 'upcoming' | 'expired'

/**
 * A tariff's status on a day (YYYY-MM-DD, Oslo): upcoming before its first day, expired after its last,
 * current in between. A tariff without an end date stays current.
 */
export function tariffStatus(tariff: Pick<Tariff, 'effectiveFrom' | 'effectiveTo'>, day: string): TariffStatus {
  if (osloDay(tariff.effectiveFrom) > day) return 'upcoming'
  if (tariff.effectiveTo && osloDay(tariff.effectiveTo) < day) return 'expired'
  return 'current'
}

export const STATUS_COLOR: Record<TariffStatus, 'success' | 'info' | 'neutral'> = {
  current: 'success',
  upcoming: 'info',
  expired: 'neutral',
}
