import { randomUUID } from 'node:crypto';

/**
 * What one HTTP request's log line says, filled in along the way: the HTTP layer sets the id
 * and the client's address, the GraphQL layer the operation, the caller's key id and the error
 * codes (src/graphql/plugins/observability.ts).
 */
export interface RequestRecord {
  id: string;
  /** The TCP peer's address (rate limits per IP use it). */
  clientAddress: string | null;
  operationName?: string | null;
  keyId?: string | null;
  errorCodes?: string[];
}

/** An incoming x-request-id is kept when it is a plausible id; anything else gets a fresh UUID. */
const REQUEST_ID = /^[\w.:@/-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}
