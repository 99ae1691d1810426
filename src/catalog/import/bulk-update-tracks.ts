import { Prisma } from '../../generated/prisma/client.js';
import type { TrackColumns } from '../track-fields.js';

type Tx = Prisma.TransactionClient;

/**
 * Column of "track" and its SQL type for each field an import may set (track-fields.ts). A field
 * missing from a row keeps its value, as in a Prisma `update` with that key undefined.
 */
const COLUMNS: ReadonlyArray<readonly [keyof TrackColumns, string, string]> = [
  ['title', 'title', 'text'],
  ['durationSec', 'duration_sec', 'float8'],
  ['bpm', 'bpm', 'float8'],
  ['musicalKey', 'musical_key', 'text'],
  ['mode', 'mode', '"KeyMode"'],
  ['hasVocals', 'has_vocals', 'boolean'],
  ['explicit', 'explicit', 'boolean'],
  ['energy', 'energy', 'float8'],
  ['loudnessLufs', 'loudness_lufs', 'float8'],
  ['releaseDate', 'release_date', 'date'],
  ['language', 'language', 'text'],
  ['status', 'status', '"TrackStatus"'],
];

/**
 * Updates many tracks in one statement (one row of JSON per track), so that a 1,000-row
 * re-import is one round trip instead of a thousand: on the embedded database the import's
 * transaction holds the only session, and every statement in it is time nobody else gets.
 */
export async function bulkUpdateTracks(
  tx: Tx,
  updates: ReadonlyArray<{ id: string; columns: TrackColumns }>,
): Promise<void> {
  if (updates.length === 0) return;
  const rows = updates.map(({ id, columns }) => {
    const row: Record<string, unknown> = { id };
    for (const [field] of COLUMNS) {
      const value = columns[field];
      if (value === undefined) continue;
      row[field] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    }
    return row;
  });
  const sets = COLUMNS.map(
    ([field, column, type]) =>
      // Names and types come from the table above, never from input.
      `"${column}" = CASE WHEN v.j ? '${field}' THEN (v.j->>'${field}')::${type} ELSE t."${column}" END`,
  );
  await tx.$executeRaw`
    UPDATE "track" AS t SET ${Prisma.raw(sets.join(', '))}, "updated_at" = now()
    FROM (SELECT (e->>'id')::uuid AS id, e AS j FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS e) AS v
    WHERE t."id" = v.id`;
}
