import { clientError, ErrorCode, isClientError } from '../../errors.js';
import { isMediaError } from '../errors.js';

/**
 * A reason a user can act on for a file that could not be ingested: a MediaError's sentence
 * (it names the file, never a server path) or a client error's message (features the encoders
 * refuse). Anything else is the platform's fault: logged in full by the caller, masked here.
 */
export function failureReason(error: unknown): { reason: string; userError: boolean } {
  if (isMediaError(error)) return { reason: `${error.code}: ${error.message}`, userError: true };
  if (isClientError(error)) return { reason: error.message, userError: true };
  return { reason: 'The file could not be processed (internal error; see the server log)', userError: false };
}

/** MediaError to BAD_USER_INPUT naming `field`, with `extensions.reason` = the media code. */
export function mediaErrorToClient(error: unknown, field: string): unknown {
  if (!isMediaError(error)) return error;
  return clientError(ErrorCode.BAD_USER_INPUT, error.message, { field, reason: error.code });
}
