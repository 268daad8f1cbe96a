import type { Config, DateField, Field } from 'payload'

import { ADMIN_DATE_FORMAT, ADMIN_DATE_TIME_FORMAT } from '../fields/dayOnly'
import { mapFields } from './mapFields'

type Appearance = NonNullable<NonNullable<DateField['admin']>['date']>['pickerAppearance']

/** The admin's format for each kind of date picker (Payload's defaults are American: MM/dd/yyyy, h:mm a). */
const FORMATS: Record<NonNullable<Appearance>, string> = {
  default: ADMIN_DATE_FORMAT,
  dayOnly: ADMIN_DATE_FORMAT,
  dayAndTime: ADMIN_DATE_TIME_FORMAT,
  timeOnly: 'HH:mm',
  monthOnly: 'MM.yyyy',
}

/** A date field without a display format of its own gets the admin's, and a 24-hour clock. */
function withAdminFormat(field: Field): Field {
  if (field.type !== 'date' || field.admin?.date?.displayFormat) return field
  const date = field.admin?.date ?? {}
  return { ...field, admin: { ...field.admin, date: { timeFormat: 'HH:mm', ...date, displayFormat: FORMATS[date.pickerAppearance ?? 'default'] } } } as Field
}

/** Every date in the admin in one Norwegian format: 01.05.2027, and 01.05.2027 14:05 where the time counts. */
export function datesInOneFormat(config: Config): Config {
  return mapFields(config, { field: withAdminFormat })
}
