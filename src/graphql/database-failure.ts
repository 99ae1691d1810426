import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { databaseFailure } from '../db/database-errors.js';
import { ErrorCode } from '../errors.js';
import type { RequestRecord } from '../observability/request-record.js';

/**
 * Seconds a client is told to wait during an outage. The pool reconnects on the next checkout
 * once the database is back (measured: bench:outage), so a short wait is enough.
 */
export const OUTAGE_RETRY_AFTER_S = 1;

const UNAVAILABLE_MESSAGE = 'The database is unavailable; retry shortly';
const TIMEOUT_MESSAGE = 'The query ran past the statement timeout; narrow it (filter, first) and retry';

/**
 * Thrown where Apollo reads `extensions.http` (the context function, the plugins' early hooks):
 * the whole response becomes 503 with Retry-After.
 */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfter: OUTAGE_RETRY_AFTER_S,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(OUTAGE_RETRY_AFTER_S)]]) },
    },
  });
}

/**
 * The context function's errors: a database outage while authenticating is SERVICE_UNAVAILABLE.
 * The request's log record gets the code, as the plugins never see this request.
 */
export function rethrowFromContext(error: unknown, record?: RequestRecord): never {
  const thrown = databaseFailure(error) === 'unavailable' ? serviceUnavailable() : error;
  if (record) {
    const code = thrown instanceof GraphQLError ? thrown.extensions.code : undefined;
    record.errorCodes = [typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR];
  }
  throw thrown;
}

/**
 * formatError's part for database failures: an outage becomes SERVICE_UNAVAILABLE (the
 * observability plugin then answers 503 with Retry-After), a statement timeout QUERY_TIMEOUT.
 * Returns null for every other error.
 */
export function formatDatabaseFailure(
  formatted: GraphQLFormattedError,
  original: unknown,
): GraphQLFormattedError | null {
  const failure = databaseFailure(original);
  if (failure === 'unavailable') {
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter: OUTAGE_RETRY_AFTER_S },
    };
  }
  if (failure === 'timeout') {
    return { message: TIMEOUT_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.QUERY_TIMEOUT } };
  }
  return null;
}
