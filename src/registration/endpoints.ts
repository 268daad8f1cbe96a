import type { Endpoint } from 'payload'

/** Vendor registration's API endpoints (issue 12 item 1), if it needs any. */
export const registrationEndpoints: Endpoint[] = []
