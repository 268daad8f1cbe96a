import type { FieldHook } from 'payload'

/**
 * A finite number sent to a text field is taken as its digits: the CSV import reads "974760673" or a tariff
 * code "2" as a number. Objects, lists and booleans are left for validation to refuse. A `beforeValidate` hook
 * because validation refuses any value that is not text, so the number must be its digits before it runs.
 */
export const numberAsText: FieldHook = ({ value }) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : value
