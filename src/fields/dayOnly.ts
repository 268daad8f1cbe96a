/** Admin settings for a date without time of day, shown the Norwegian way (dd.MM.yyyy). */
export const DAY_ONLY = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }
