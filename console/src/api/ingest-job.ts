import { graphql } from '../gql';
import type { IngestJobStatusQuery } from '../gql/graphql';
import { request } from './client';

const IngestJobStatus = graphql(`
  query IngestJobStatus($id: ID!) {
    ingestJob(id: $id) {
      id
      status
      reason
      track {
        id
        title
      }
      video {
        id
        title
      }
    }
  }
`);

export type IngestJob = NonNullable<IngestJobStatusQuery['ingestJob']>;

/** Polls an ingest job every second until it is DONE or FAILED, reporting each status seen. */
export async function waitForIngest(id: string, onStatus: (job: IngestJob) => void): Promise<IngestJob> {
  for (;;) {
    const { ingestJob } = await request(IngestJobStatus, { id });
    if (!ingestJob) throw new Error('The ingest job disappeared.');
    onStatus(ingestJob);
    if (ingestJob.status === 'DONE' || ingestJob.status === 'FAILED') return ingestJob;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
