import type { Endpoint } from 'payload'

import { diffEndpoint } from './diff'
import { statusEndpoint } from './status'
import { transitionEndpoint } from './transition'

/** The review workflow's endpoints: POST /api/workflow/transition, GET /api/workflow/status and GET /api/workflow/diff. */
export const workflowEndpoints: Endpoint[] = [transitionEndpoint, statusEndpoint, diffEndpoint]
