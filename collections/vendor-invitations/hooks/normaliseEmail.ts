import type { FieldHook } from 'payload'

/** Why: accounts are kept by their address in lower case (Payload's users do so), so an invitation is too. */
export const normaliseEmail: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)
