import type { Endpoint } from 'payload'

import { reconfirmEndpoint, reconfirmStatusEndpoint } from './reconfirmEndpoint'

/**
 * Vendor self-service endpoints (issue 12): re-confirmation. The vendors collection's own endpoints (paths under
 * /api/vendors/), since Payload hands a path that starts with a collection's slug to that collection only.
 */
export const vendorEndpoints: Endpoint[] = [reconfirmEndpoint, reconfirmStatusEndpoint]
