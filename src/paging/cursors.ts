import { badInput } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

/** Validates `first`: a non-negative integer no larger than MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0)
    throw badInput(`first must be a non-negative integer, got ${size}`, 'first');
  if (size > MAX_PAGE_SIZE) throw badInput(`first must be at most ${MAX_PAGE_SIZE}, got ${size}`, 'first');
  return size;
}

/**
 * Cursors are opaque base64url JSON. `scope` pins what the cursor was made for (the ordering, or
 * a search's query and model version), so a cursor from another listing is rejected rather than
 * silently skipping or repeating rows.
 */
export function encodeCursor(scope: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ s: scope, p: position })).toString('base64url');
}

export function decodeCursor<T>(cursor: string, scope: string, field = 'after'): T {
  let parsed: { s?: unknown; p?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { s?: unknown; p?: unknown };
  } catch {
    throw badInput(`${field} is not a valid cursor`, field);
  }
  if (typeof parsed !== 'object' || parsed === null || !('p' in parsed)) {
    throw badInput(`${field} is not a valid cursor`, field);
  }
  if (parsed.s !== scope) {
    throw badInput(`${field} was issued for a different listing or ordering`, field);
  }
  return parsed.p as T;
}

export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
}

/** Fetch one row more than asked to learn whether another page follows. */
export function takePage<T>(rows: T[], size: number): Page<T> {
  return { rows: rows.slice(0, size), hasNextPage: rows.length > size };
}

/** A keyset position on (createdAt, id), for listings in creation order. */
export interface CreatedPosition {
  t: string;
  id: string;
}

/**
 * The `where` that continues a creation-ordered listing after `position`: rows created later
 * (earlier, for newest-first), or at the same instant with a larger (smaller) id.
 */
export function afterCreated(position: CreatedPosition | null, direction: 'asc' | 'desc') {
  if (!position) return {};
  const at = new Date(position.t);
  const beyond = direction === 'asc' ? { gt: at } : { lt: at };
  const tie = direction === 'asc' ? { gt: position.id } : { lt: position.id };
  return { OR: [{ createdAt: beyond }, { createdAt: at, id: tie }] };
}

export const createdPositionOf = (row: { createdAt: Date; id: string }): CreatedPosition => ({
  t: row.createdAt.toISOString(),
  id: row.id,
});
