import type { Endpoint } from 'payload'

import { statusEndpoint } from './status'
import { transitionEndpoint } from './transition'

/** The review workflow's endpoints: POST /api/workflow/transition and GET /api/workflow/status. */
export const workflowEndpoints: Endpoint[] = [transitionEndpoint, statusEndpoint]
