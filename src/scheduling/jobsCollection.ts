import type { CollectionConfig } from 'payload'

import { jobsCollectionAccess } from '../access/accessFor'

/**
 * Payload's payload-jobs collection with the roles matrix's access (src/access/matrix.ts jobMatrix): staff read
 * the queue (the dashboard: scheduled publishes, failed jobs and e-mails) and cancel a job that is not running;
 * vendors and the public see nothing of it; nobody writes a job through REST or GraphQL.
 */
export function jobsCollection({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig {
  return { ...defaultJobsCollection, access: { ...defaultJobsCollection.access, ...jobsCollectionAccess() } }
}
