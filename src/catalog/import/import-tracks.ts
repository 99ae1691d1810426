import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { badInput, clientError, ErrorCode } from '../../errors.js';
import { upsertTag } from '../tags.js';
import {
  IMPORT_FIELDS,
  parseCsvRows,
  parseJsonl,
  RowError,
  validateRow,
  type ImportRow,
  type ParsedLine,
} from './import-row.js';

export type ImportFormat = 'JSONL' | 'CSV';

export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

export interface ImportOptions {
  /** Ignore unknown columns (CSV) and keys (JSONL) instead of refusing the whole import. */
  lenient?: boolean;
}

export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: Array<{ line: number; isrc: string | null; reason: string }>;
}

type Tx = Prisma.TransactionClient;

/** What a row says about a track, in a form that compares equal when nothing would change. */
function fingerprint(row: ImportRow): string {
  const c = row.columns;
  return JSON.stringify([
    c.isrc,
    c.title,
    c.durationSec,
    c.bpm ?? null,
    c.musicalKey ?? null,
    c.mode ?? null,
    c.hasVocals ?? false,
    c.explicit ?? false,
    c.energy ?? null,
    c.releaseDate?.toISOString().slice(0, 10) ?? null,
    c.language ?? null,
    c.status ?? 'ACTIVE',
    row.artists.map((a) => [a.name, a.role]),
    [...row.tags].map((t) => [t.category, t.name.toLowerCase(), t.weight]).sort(),
  ]);
}

type ExistingTrack = Prisma.TrackGetPayload<{
  include: { artists: { include: { artist: true } }; tags: { include: { tag: true } } };
}>;

function fingerprintOf(track: ExistingTrack): string {
  return fingerprint({
    line: 0,
    columns: { ...track, isrc: track.isrc },
    artists: [...track.artists]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({ name: a.artist.name, role: a.role })),
    tags: track.tags.map((t) => ({ category: t.tag.category, name: t.tag.name, weight: t.weight })),
  });
}

function parse(format: ImportFormat, data: string): ParsedLine[] {
  try {
    return format === 'CSV' ? parseCsvRows(data) : parseJsonl(data);
  } catch (error) {
    if (error instanceof RowError || error instanceof SyntaxError)
      throw badInput(`data is not valid ${format}: ${error.message}`, 'data');
    throw error;
  }
}

/**
 * A typo'd column (`bmp`) used to be dropped silently, losing the BPM of every row. Names every
 * unknown column or key with the first line it appears on, so the whole import can be refused.
 */
function unknownFields(lines: readonly ParsedLine[], format: ImportFormat): string[] {
  const known = new Set(IMPORT_FIELDS);
  const found = new Map<string, number>();
  for (const parsed of lines) {
    if (!('raw' in parsed)) continue;
    for (const key of Object.keys(parsed.raw)) {
      if (!known.has(key) && !found.has(key)) found.set(key, parsed.line);
    }
  }
  // A CSV's columns all come from its header, so there is no line worth naming.
  return [...found].map(([key, line]) =>
    format === 'CSV' ? JSON.stringify(key) : `${JSON.stringify(key)} (line ${line})`,
  );
}

/**
 * Bulk upsert by ISRC. Every row is validated first; if any is rejected nothing is written.
 * Otherwise all rows are written in one transaction, so a failure half-way leaves no trace.
 * Re-importing the same data creates and updates nothing.
 */
export async function importTracks(
  db: Db,
  format: ImportFormat,
  data: string,
  limits: ImportLimits,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const bytes = Buffer.byteLength(data, 'utf8');
  if (bytes > limits.maxBytes) {
    throw clientError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `data is ${bytes} bytes; the import limit is ${limits.maxBytes}`,
      { limit: limits.maxBytes },
    );
  }
  const lines = parse(format, data);
  if (lines.length > limits.maxRows) {
    throw clientError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `data has ${lines.length} rows; the import limit is ${limits.maxRows}`,
      { limit: limits.maxRows },
    );
  }
  if (lines.length === 0) throw badInput('data contains no rows', 'data');
  const unknown = options.lenient ? [] : unknownFields(lines, format);
  if (unknown.length > 0) {
    const what = format === 'CSV' ? 'columns' : 'keys';
    throw badInput(
      `data has unknown ${what}: ${unknown.join(', ')}. Known ${what}: ${IMPORT_FIELDS.join(', ')}; ` +
        'lenient: true ignores the others',
      'data',
    );
  }

  const report: ImportReport = {
    applied: false,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    rejected: [],
  };
  const rows: ImportRow[] = [];
  const seen = new Map<string, { line: number; print: string }>();
  for (const parsed of lines) {
    const isrcOf = 'raw' in parsed && typeof parsed.raw.isrc === 'string' ? parsed.raw.isrc : null;
    if ('error' in parsed) {
      report.rejected.push({ line: parsed.line, isrc: null, reason: parsed.error });
      continue;
    }
    try {
      const row = validateRow(parsed.raw, parsed.line);
      const print = fingerprint(row);
      const earlier = seen.get(row.columns.isrc);
      if (earlier && earlier.print !== print) {
        report.rejected.push({
          line: row.line,
          isrc: row.columns.isrc,
          reason: `ISRC also on line ${earlier.line} with different data`,
        });
      } else if (earlier) {
        report.duplicates += 1;
      } else {
        seen.set(row.columns.isrc, { line: row.line, print });
        rows.push(row);
      }
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      report.rejected.push({ line: parsed.line, isrc: isrcOf, reason: error.message });
    }
  }
  if (report.rejected.length > 0) return report;

  await db.$transaction(
    async (tx) => {
      const existing = await tx.track.findMany({
        where: { isrc: { in: rows.map((r) => r.columns.isrc) } },
        include: { artists: { include: { artist: true } }, tags: { include: { tag: true } } },
      });
      const byIsrc = new Map(existing.map((t) => [t.isrc, t]));
      const artistIds = await resolveArtists(tx, rows);
      const tagIds = await resolveTags(tx, rows);
      for (const row of rows) {
        const current = byIsrc.get(row.columns.isrc);
        if (current && fingerprintOf(current) === fingerprint(row)) {
          report.unchanged += 1;
          continue;
        }
        const track = current
          ? await tx.track.update({ where: { id: current.id }, data: row.columns })
          : await tx.track.create({ data: row.columns });
        if (current) {
          await tx.trackArtist.deleteMany({ where: { trackId: track.id } });
          await tx.trackTag.deleteMany({ where: { trackId: track.id } });
        }
        const credits = new Map(
          row.artists.map((a, position) => [
            `${a.name}/${a.role}`,
            { artistId: artistIds.get(a.name)!, role: a.role, position },
          ]),
        );
        await tx.trackArtist.createMany({
          data: [...credits.values()].map((c) => ({ ...c, trackId: track.id })),
        });
        const tags = new Map(
          row.tags.map((t) => [tagIds.get(`${t.category}:${t.name.toLowerCase()}`)!, t.weight]),
        );
        await tx.trackTag.createMany({
          data: [...tags].map(([tagId, weight]) => ({ trackId: track.id, tagId, weight })),
        });
        if (current) report.updated += 1;
        else report.created += 1;
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  report.applied = true;
  return report;
}

/** Artists are matched by exact name and created when missing. */
async function resolveArtists(tx: Tx, rows: readonly ImportRow[]): Promise<Map<string, string>> {
  const names = [...new Set(rows.flatMap((r) => r.artists.map((a) => a.name)))];
  const found = await tx.artist.findMany({ where: { name: { in: names } }, orderBy: { createdAt: 'asc' } });
  const ids = new Map<string, string>();
  for (const artist of found) if (!ids.has(artist.name)) ids.set(artist.name, artist.id);
  for (const name of names) {
    if (!ids.has(name)) ids.set(name, (await tx.artist.create({ data: { name } })).id);
  }
  return ids;
}

/** Tags are matched by category and case-insensitive name, and created when missing. */
async function resolveTags(tx: Tx, rows: readonly ImportRow[]): Promise<Map<string, string>> {
  const wanted = new Map<string, ImportRow['tags'][number]>();
  for (const t of rows.flatMap((r) => r.tags)) {
    const key = `${t.category}:${t.name.toLowerCase()}`;
    if (!wanted.has(key)) wanted.set(key, t); // the first spelling in the file names a new tag
  }
  const all = await tx.tag.findMany({
    where: { category: { in: [...new Set([...wanted.values()].map((t) => t.category))] } },
  });
  const ids = new Map<string, string>();
  for (const tag of all) ids.set(`${tag.category}:${tag.name.toLowerCase()}`, tag.id);
  for (const [key, t] of wanted) {
    if (!ids.has(key)) ids.set(key, (await upsertTag(tx, t.category, t.name)).id);
  }
  return ids;
}
