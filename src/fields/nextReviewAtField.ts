import type { DateField } from 'payload'

import { fieldAccessFor } from '../access/fieldAccessFor'
import type { MatrixField } from '../access/matrix'

import { DAY_ONLY } from './dayOnly'

/**
 * When the entry is to be checked again (a day, no time): the dashboard lists it from 30 days before, and its
 * owner is reminded by e-mail once the day has passed (src/scheduling/reviewReminders.ts).
 */
export function nextReviewAtField(accessKey?: MatrixField): DateField {
  return {
    ...(accessKey ? { access: fieldAccessFor(accessKey) } : {}),
    name: 'nextReviewAt',
    type: 'date',
    index: true,
    label: { nb: 'Neste gjennomgang', en: 'Next review' },
    admin: { position: 'sidebar', ...DAY_ONLY },
  }
}
