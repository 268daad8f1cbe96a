/** The admin's one date format (Norwegian): day.month.year, with the time where a value has one. */
export const ADMIN_DATE_FORMAT = 'dd.MM.yyyy'
export const ADMIN_DATE_TIME_FORMAT = `${ADMIN_DATE_FORMAT} HH:mm`

/** Admin settings for a date without time of day, shown in the admin's format without the time. */
export const DAY_ONLY = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: ADMIN_DATE_FORMAT } }

