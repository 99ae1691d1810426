import { GraphQLError } from 'graphql';

/** The codes a client can see in `extensions.code`; the one list the whole API draws from. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Past a query limit (depth, aliases, tokens, directives, cost): src/config.ts, QueryLimits. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** A statement ran past the statement timeout (STATEMENT_TIMEOUT_MS, src/config.ts). */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** Past the caller's rate limit (query cost per window); HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database is unreachable; HTTP 503 with Retry-After. Retrying later succeeds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function clientError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Bad input from the client; `field` names the argument path at fault. */
export function badInput(message: string, field?: string): GraphQLError {
  return clientError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
}

export function notFound(type: string, id: string): GraphQLError {
  return clientError(ErrorCode.NOT_FOUND, `${type} ${id} does not exist`, { type, id });
}

/** True for the NOT_FOUND errors that notFound() makes (a loader's missing key). */
export function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions?.code === ErrorCode.NOT_FOUND;
}

/** For `.catch`: a missing row becomes null; any other failure (the database) propagates. */
export function nullIfNotFound(error: unknown): null {
  if (isNotFound(error)) return null;
  throw error;
}

export function isClientError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    Object.values(ErrorCode).includes(error.extensions.code as ErrorCode) &&
    error.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
  );
}

/** For exhaustive switches: compile error when a case is missing, runtime error if reached. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
