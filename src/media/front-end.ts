import { clientError, ErrorCode } from '../errors.js';

/**
 * What turned media into features: a model trained on one front end's features cannot read
 * another's (different bands, statistics or scaling give a different space), so features and
 * models both record it as `name@version` (docs/media.md, "Front-end versioning").
 */
export interface FrontEnd {
  readonly modality: 'audio' | 'visual';
  readonly name: string;
  readonly version: number;
}

/** The stored form, e.g. "vmr-logmel@1" (media_feature.front_end, the manifest's frontEnds). */
export function frontEndKey(f: FrontEnd): string {
  return `${f.name}@${f.version}`;
}

/**
 * Refuses to embed features from one front end with a model trained on another. Either side
 * unset means legacy data (client-supplied or synthetic demo features, or a model trained on
 * them) and is accepted: only two recorded, different front ends are a known mismatch.
 * Throws BAD_USER_INPUT with `extensions.reason = 'FRONT_END_MISMATCH'`, `field = what`.
 */
export function assertSameFrontEnd(
  featuresFrontEnd: string | null,
  modelFrontEnd: string | null,
  what: string,
): void {
  if (featuresFrontEnd == null || modelFrontEnd == null || featuresFrontEnd === modelFrontEnd) return;
  throw clientError(
    ErrorCode.BAD_USER_INPUT,
    `${what}: these features come from front end ${featuresFrontEnd}, but the model was trained on ${modelFrontEnd}; extract them again with ${modelFrontEnd} or use a model trained on ${featuresFrontEnd}`,
    { field: what, reason: 'FRONT_END_MISMATCH', featuresFrontEnd, modelFrontEnd },
  );
}
