import type { Endpoint } from 'payload'

/** Vendor self-service endpoints (issue 12): re-confirmation. */
export const vendorEndpoints: Endpoint[] = []
