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
 * The demo's generated features (src/catalog/demo): no media went in, so no model trained on
 * them has learned any real front end's space. A model trained on them (the shipped default)
 * still embeds any front end's features, as a legacy model does, so search works before the
 * first retraining; `unfamiliarTracks` then tells the catalog owner it does not know them.
 */
export const SYNTHETIC_FRONT_END = 'synthetic@1';

/** Whether a model trained on `modelFrontEnd` embeds features of `featuresFrontEnd` (see assertSameFrontEnd). */
export function modelAccepts(featuresFrontEnd: string | null, modelFrontEnd: string | null): boolean {
  return (
    featuresFrontEnd == null ||
    modelFrontEnd == null ||
    modelFrontEnd === SYNTHETIC_FRONT_END ||
    featuresFrontEnd === modelFrontEnd
  );
}

/**
 * Whether a model was trained on the features' front end: both recorded and equal. Unrecorded
 * on either side cannot be judged and counts as known (legacy data is not flagged).
 */
export function modelKnows(featuresFrontEnd: string | null, modelFrontEnd: string | null): boolean {
  return featuresFrontEnd == null || modelFrontEnd == null || featuresFrontEnd === modelFrontEnd;
}

/**
 * Refuses to embed features from one front end with a model trained on another. Either side
 * unset means legacy data (client-supplied features, or a model trained on them) and is
 * accepted, as is anything for a model trained on the demo's synthetic features: only two
 * recorded, different real front ends are a known mismatch.
 * Throws BAD_USER_INPUT with `extensions.reason = 'FRONT_END_MISMATCH'`, `field = what`.
 */
export function assertSameFrontEnd(
  featuresFrontEnd: string | null,
  modelFrontEnd: string | null,
  what: string,
): void {
  if (modelAccepts(featuresFrontEnd, modelFrontEnd)) return;
  throw clientError(
    ErrorCode.BAD_USER_INPUT,
    `${what}: these features come from front end ${featuresFrontEnd}, but the model was trained on ${modelFrontEnd}; extract them again with ${modelFrontEnd} or use a model trained on ${featuresFrontEnd}`,
    { field: what, reason: 'FRONT_END_MISMATCH', featuresFrontEnd, modelFrontEnd },
  );
}

/** The front end a model was trained on for one modality; null for a legacy (unrecorded) one. */
export function modelFrontEnd(
  manifest: { frontEnds?: { audio?: string; visual?: string } } | null | undefined,
  modality: FrontEnd['modality'],
): string | null {
  return manifest?.frontEnds?.[modality] ?? null;
}

/**
 * The single front end of a set of training features per modality, for the model's manifest;
 * refuses a mix (two front ends, or recorded with unrecorded) with BAD_USER_INPUT, reason
 * MIXED_FRONT_ENDS: a model cannot learn one space from two.
 */
export function agreedFrontEnd(
  frontEnds: Iterable<string | null>,
  modality: FrontEnd['modality'],
  what: string,
): string | null {
  const seen = new Set<string | null>(frontEnds);
  if (seen.size <= 1) return seen.values().next().value ?? null;
  const names = [...seen].map((f) => f ?? 'unspecified').sort();
  throw clientError(
    ErrorCode.BAD_USER_INPUT,
    `${what}: the ${modality} features come from ${seen.size} front ends (${names.join(', ')}); a model must be trained on one; select pairs whose features share a front end (data.sources) or extract them again`,
    { reason: 'MIXED_FRONT_ENDS', modality, frontEnds: names },
  );
}
