/** Codes the API layer maps to BAD_USER_INPUT. */
export type FeatureInputErrorCode =
  | 'BAD_FEATURE_DIM'
  | 'BAD_DTYPE'
  | 'BAD_LENGTH'
  | 'NON_FINITE'
  | 'EMPTY_SEQUENCE'
  | 'TOO_LONG'
  | 'EMPTY_INPUT';

/** A client sent features the model cannot embed. The message names the field and the bad value. */
export class FeatureInputError extends Error {
  override readonly name = 'FeatureInputError';
  constructor(
    readonly code: FeatureInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The requested model directory or version does not exist (or has no manifest). */
export class ModelNotFoundError extends Error {
  override readonly name = 'ModelNotFoundError';
  constructor(
    readonly location: string,
    detail: string,
  ) {
    super(`model not found: ${location} (${detail})`);
  }
}

/** An ONNX file disagrees with its manifest (names, shapes, checksum). Fail fast at start-up. */
export class ModelManifestMismatchError extends Error {
  override readonly name = 'ModelManifestMismatchError';
}
