/**
 * Why a media file could not be used. Each is about one file and is the user's to act on (another
 * file, a shorter cut), except DECODER_MISSING, which is the operator's (install ffmpeg).
 * The GraphQL and HTTP edges map these to BAD_USER_INPUT with `extensions.reason` = the code.
 */
export type MediaErrorCode =
  | 'CORRUPT'
  | 'UNSUPPORTED_CODEC'
  | 'SILENT'
  | 'TOO_LONG'
  | 'NO_AUDIO_STREAM'
  | 'NO_VIDEO_STREAM'
  | 'DECODER_MISSING';

/**
 * A media file was refused. `message` is one sentence naming the file by its basename only
 * (never a server path), so it can be shown to the uploader as is.
 */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  /** `options.cause`: the decoder's own error, for the server's log (never shown to the user). */
  constructor(
    readonly code: MediaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isMediaError(error: unknown): error is MediaError {
  return error instanceof MediaError;
}
