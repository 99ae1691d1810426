/**
 * The one place that tells a database outage or a statement timeout apart from any other
 * failure. Errors reach us in several wrappings: a bare `pg` error (socket codes such as
 * ECONNREFUSED, SQLSTATEs such as 57P01, or no code at all: "Connection terminated
 * unexpectedly"), the Prisma pg adapter's DriverAdapterError (`cause.kind`, `cause.code`,
 * `originalCode`), and Prisma's own request errors (P1001 and friends, or P2010 with the
 * adapter error in `meta`). So we walk every nested `cause`, `meta` and `originalError` and look
 * at each code, kind and message on the way.
 */
export type DatabaseFailure = 'unavailable' | 'timeout';

/**
 * Codes that mean "the database cannot be reached right now": socket errors, the SQLSTATE
 * classes 08 (connection exception) and 57P0x (the server is shutting down or starting), Prisma's
 * P1001 (can't reach), P1002/P1008 (timed out), P1017 (server closed the connection) and
 * P2024 (timed out waiting for a pooled connection).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2024',
]);

/** The Prisma pg adapter's kinds for the same situations (@prisma/adapter-pg, mapSocketError). */
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/** Messages of errors that carry no code (pg's own client and pool errors). */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|connection is closed|timeout exceeded when trying to connect|Can't reach database server|server closed the connection|the database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|connect ECONNREFUSED/i;

/** SQLSTATE query_canceled, with the server's message for a statement_timeout. */
const TIMEOUT_CODE = '57014';
const TIMEOUT_MESSAGE = /canceling statement due to statement timeout/i;

// `thrownValue`: graphql-js wraps a thrown non-Error (one from another realm, such as a socket
// error under Jest's VM modules) in a NonErrorThrown that keeps it there.
const NESTED_KEYS = ['cause', 'meta', 'originalError', 'driverAdapterError', 'error', 'thrownValue'];

export function databaseFailure(error: unknown): DatabaseFailure | null {
  let unavailable = false;
  let timeout = false;
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'kind', 'errorCode']) {
      const code = record[key];
      if (typeof code !== 'string') continue;
      if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_KINDS.has(code)) unavailable = true;
      if (code === TIMEOUT_CODE) timeout = true;
    }
    for (const key of ['message', 'originalMessage', 'reason']) {
      const message = record[key];
      if (typeof message !== 'string') continue;
      if (UNAVAILABLE_MESSAGE.test(message)) unavailable = true;
      if (TIMEOUT_MESSAGE.test(message)) timeout = true;
    }
    if (value instanceof AggregateError) for (const inner of value.errors) visit(inner, depth + 1);
    for (const key of NESTED_KEYS) visit(record[key], depth + 1);
  };
  visit(error, 0);
  // A timeout is reported as such even if the connection then went too: the statement is at fault.
  if (timeout) return 'timeout';
  return unavailable ? 'unavailable' : null;
}
