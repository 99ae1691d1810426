import { syntheticIsrc as isrcFromKey } from '../synthetic-isrc.js';

/** The synthetic ISRC a vmr-dataset/1 track without one gets (see ../synthetic-isrc.ts). */
export const datasetIsrcKey = (externalId: string) => `vmr-dataset:${externalId}`;
export const syntheticIsrc = (externalId: string, attempt = 0) =>
  isrcFromKey(datasetIsrcKey(externalId), attempt);
