import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../../db/client.js';
import { badInput, clientError, ErrorCode } from '../../errors.js';
import { nonEmpty } from '../validation.js';
import { bulkUpdateTracks } from './bulk-update-tracks.js';
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
  /** Validate and compare with the catalog, report what each row would do, write nothing. */
  dryRun?: boolean;
  /** Rows per write transaction (default: all of them, one transaction). */
  batchRows?: number;
}

/**
 * What happened to one input row (or, in a dry run or a refused import, what would have):
 * VALID marks a good row of an import that was refused because of other rows.
 */
export type ImportRowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DUPLICATE' | 'REJECTED' | 'VALID';

export interface ImportRowReport {
  line: number;
  isrc: string | null;
  title: string | null;
  outcome: ImportRowOutcome;
  reason: string | null;
}

export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: Array<{ line: number; isrc: string | null; reason: string }>;
  /** Every input row in order, with its outcome. */
  rows: ImportRowReport[];
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
 * Otherwise the rows are written in one transaction (or in `batchRows` batches, each a transaction).
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
    rows: [],
  };
  const reject = (line: number, isrc: string | null, title: string | null, reason: string) => {
    report.rejected.push({ line, isrc, reason });
    report.rows.push({ line, isrc, title, outcome: 'REJECTED', reason });
  };
  const outcomeOf = new Map<ImportRow, ImportRowReport>();
  const rows: ImportRow[] = [];
  const seen = new Map<string, { line: number; print: string }>();
  for (const parsed of lines) {
    const isrcOf = 'raw' in parsed && typeof parsed.raw.isrc === 'string' ? parsed.raw.isrc : null;
    const titleOf = 'raw' in parsed && typeof parsed.raw.title === 'string' ? parsed.raw.title : null;
    if ('error' in parsed) {
      reject(parsed.line, null, null, parsed.error);
      continue;
    }
    try {
      const row = validateRow(parsed.raw, parsed.line);
      const print = fingerprint(row);
      const earlier = seen.get(row.columns.isrc);
      const isrc = row.columns.isrc;
      if (earlier && earlier.print !== print) {
        reject(row.line, isrc, titleOf, `ISRC also on line ${earlier.line} with different data`);
      } else if (earlier) {
        report.duplicates += 1;
        report.rows.push({
          line: row.line,
          isrc,
          title: titleOf,
          outcome: 'DUPLICATE',
          reason: `same as line ${earlier.line}`,
        });
      } else {
        seen.set(isrc, { line: row.line, print });
        rows.push(row);
        const entry: ImportRowReport = {
          line: row.line,
          isrc,
          title: titleOf,
          outcome: 'VALID',
          reason: null,
        };
        outcomeOf.set(row, entry);
        report.rows.push(entry);
      }
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      reject(parsed.line, isrcOf, titleOf, error.message);
    }
  }
  report.rows.sort((a, b) => a.line - b.line);
  if (report.rejected.length > 0) return report;
  if (options.dryRun) {
    const existing = await db.track.findMany({
      where: { isrc: { in: rows.map((r) => r.columns.isrc) } },
      include: { artists: { include: { artist: true } }, tags: { include: { tag: true } } },
    });
    const byIsrc = new Map(existing.map((t) => [t.isrc, t]));
    for (const row of rows) {
      const current = byIsrc.get(row.columns.isrc);
      const outcome = !current
        ? 'CREATED'
        : fingerprintOf(current) === fingerprint(row)
          ? 'UNCHANGED'
          : 'UPDATED';
      outcomeOf.get(row)!.outcome = outcome;
      if (outcome === 'CREATED') report.created += 1;
      else if (outcome === 'UPDATED') report.updated += 1;
      else report.unchanged += 1;
    }
    return report;
  }

  // Each batch is one transaction of a handful of statements, whatever its size. On Postgres the
  // default is one batch: the whole import or nothing. On the embedded database a transaction
  // holds the only session, so there the caller asks for small batches, and the import's
  // requests queue between them rather than behind all of it (a re-run completes an interrupted
  // import: rows are upserted by ISRC).
  const batchRows = options.batchRows ?? rows.length;
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    await db.$transaction((tx) => writeBatch(tx, batch, report, outcomeOf), {
      timeout: 120_000,
      maxWait: 30_000,
    });
  }
  report.applied = true;
  return report;
}

/** Writes one batch of validated rows: the same few statements for 1 row or 1,000. */
async function writeBatch(
  tx: Tx,
  batch: readonly ImportRow[],
  report: ImportReport,
  outcomeOf: Map<ImportRow, ImportRowReport>,
): Promise<void> {
  const existing = await tx.track.findMany({
    where: { isrc: { in: batch.map((r) => r.columns.isrc) } },
    include: { artists: { include: { artist: true } }, tags: { include: { tag: true } } },
  });
  const byIsrc = new Map(existing.map((t) => [t.isrc, t]));
  const artistIds = await resolveArtists(tx, batch);
  const tagIds = await resolveTags(tx, batch);
  const toCreate: ImportRow[] = [];
  const toUpdate: Array<{ row: ImportRow; id: string }> = [];
  for (const row of batch) {
    const current = byIsrc.get(row.columns.isrc);
    if (current && fingerprintOf(current) === fingerprint(row)) {
      report.unchanged += 1;
      outcomeOf.get(row)!.outcome = 'UNCHANGED';
    } else if (current) {
      toUpdate.push({ row, id: current.id });
      report.updated += 1;
      outcomeOf.get(row)!.outcome = 'UPDATED';
    } else {
      toCreate.push(row);
      report.created += 1;
      outcomeOf.get(row)!.outcome = 'CREATED';
    }
  }
  const created = await tx.track.createManyAndReturn({
    data: toCreate.map((r) => r.columns),
    select: { id: true, isrc: true },
  });
  const createdIds = new Map(created.map((t) => [t.isrc, t.id]));
  await bulkUpdateTracks(
    tx,
    toUpdate.map(({ row, id }) => ({ id, columns: row.columns })),
  );
  const updatedIds = toUpdate.map((u) => u.id);
  if (updatedIds.length > 0) {
    await tx.trackArtist.deleteMany({ where: { trackId: { in: updatedIds } } });
    await tx.trackTag.deleteMany({ where: { trackId: { in: updatedIds } } });
  }
  const written = [
    ...toCreate.map((row) => ({ row, trackId: createdIds.get(row.columns.isrc)! })),
    ...toUpdate.map(({ row, id }) => ({ row, trackId: id })),
  ];
  await tx.trackArtist.createMany({
    data: written.flatMap(({ row, trackId }) =>
      [
        ...new Map(
          row.artists.map((a, position) => [
            `${a.name}/${a.role}`,
            { artistId: artistIds.get(a.name)!, role: a.role, position },
          ]),
        ).values(),
      ].map((c) => ({ ...c, trackId })),
    ),
  });
  await tx.trackTag.createMany({
    data: written.flatMap(({ row, trackId }) =>
      [...new Map(row.tags.map((t) => [tagIds.get(`${t.category}:${t.name.toLowerCase()}`)!, t.weight]))].map(
        ([tagId, weight]) => ({ trackId, tagId, weight }),
      ),
    ),
  });
}

/** Artists are matched by exact name and created when missing. */
async function resolveArtists(tx: Tx, rows: readonly ImportRow[]): Promise<Map<string, string>> {
  const names = [...new Set(rows.flatMap((r) => r.artists.map((a) => a.name)))];
  const found = await tx.artist.findMany({ where: { name: { in: names } }, orderBy: { createdAt: 'asc' } });
  const ids = new Map<string, string>();
  for (const artist of found) if (!ids.has(artist.name)) ids.set(artist.name, artist.id);
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) {
    const made = await tx.artist.createManyAndReturn({ data: missing.map((name) => ({ name })) });
    for (const artist of made) ids.set(artist.name, artist.id);
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
  const missing = [...wanted].filter(([key]) => !ids.has(key));
  if (missing.length > 0) {
    // None of these exists in any casing (checked above), so plain inserts cannot clash.
    const made = await tx.tag.createManyAndReturn({
      data: missing.map(([, t]) => ({ category: t.category, name: nonEmpty(t.name, 'tag name', 100) })),
    });
    for (const tag of made) ids.set(`${tag.category}:${tag.name.toLowerCase()}`, tag.id);
  }
  return ids;
}
