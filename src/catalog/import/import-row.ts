import { GraphQLError } from 'graphql';
import type { ArtistRole, KeyMode, TagCategory, TrackStatus } from '../../generated/prisma/enums.js';
import {
  ArtistRole as ROLES,
  KeyMode as MODES,
  TagCategory as CATEGORIES,
  TrackStatus as STATUSES,
} from '../../generated/prisma/enums.js';
import { toTrackColumns, type TrackColumns } from '../track-fields.js';
import { parseCsv } from './parse-csv.js';

/** One import row after validation: the track's columns, its credits and its tags. */
export interface ImportRow {
  line: number;
  columns: TrackColumns & { isrc: string; title: string; durationSec: number };
  artists: Array<{ name: string; role: ArtistRole }>;
  tags: Array<{ category: TagCategory; name: string; weight: number }>;
}

export type RawRow = Record<string, unknown>;

/** The columns (CSV) and keys (JSONL) an import row may have; validateRow reads exactly these. */
export const IMPORT_FIELDS: readonly string[] = [
  'isrc',
  'title',
  'durationSec',
  'bpm',
  'key',
  'mode',
  'hasVocals',
  'explicit',
  'energy',
  'releaseDate',
  'language',
  'status',
  'artists',
  'tags',
];

export class RowError extends Error {}

function str(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new RowError(`${field} must be a string`);
}

function num(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new RowError(`${field} must be a number, got ${JSON.stringify(value)}`);
  return n;
}

function bool(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const s = String(value).trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(s)) return true;
  if (['false', 'no', '0', 'n'].includes(s)) return false;
  throw new RowError(`${field} must be true or false, got ${JSON.stringify(value)}`);
}

function oneOf<T extends string>(value: unknown, allowed: Record<string, T>, field: string): T | undefined {
  const s = str(value, field)?.trim().toUpperCase();
  if (s === undefined) return undefined;
  if (!(s in allowed))
    throw new RowError(
      `${field} must be one of ${Object.keys(allowed).join(', ')}, got ${JSON.stringify(value)}`,
    );
  return allowed[s];
}

function list(value: unknown, field: string): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string')
    return value
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  throw new RowError(`${field} must be a list`);
}

function date(value: unknown, field: string): Date | undefined {
  const s = str(value, field);
  if (s === undefined) return undefined;
  const d = new Date(`${s}T00:00:00.000Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(s) ||
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== s ||
    d.getUTCFullYear() < 1 // year 0000 has no Postgres DATE; the statement would fail
  ) {
    throw new RowError(`${field} must be a YYYY-MM-DD date, got ${JSON.stringify(s)}`);
  }
  return d;
}

/** `Name` or `Name:ROLE` in CSV; a string or `{ name, role }` in JSONL. */
function artist(value: unknown): { name: string; role: ArtistRole } {
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    const name = str(v.name, 'artists[].name')?.trim();
    if (!name) throw new RowError('artists[].name is required');
    return { name, role: oneOf(v.role, ROLES, 'artists[].role') ?? 'PRIMARY' };
  }
  const s = String(value);
  const match = /^(.*):([A-Za-z]+)$/.exec(s);
  if (match && match[2].toUpperCase() in ROLES)
    return { name: match[1].trim(), role: oneOf(match[2], ROLES, 'artists[].role')! };
  return { name: s.trim(), role: 'PRIMARY' };
}

/** `CATEGORY:Name` or `CATEGORY:Name:weight` in CSV; also `{ category, name, weight }` in JSONL. */
function tag(value: unknown): { category: TagCategory; name: string; weight: number } {
  let category: unknown, name: unknown, weight: unknown;
  if (typeof value === 'object' && value !== null)
    ({ category, name, weight } = value as Record<string, unknown>);
  else [category, name, weight] = String(value).split(':');
  const cat = oneOf(category, CATEGORIES, 'tags[].category');
  const tagName = str(name, 'tags[].name')?.trim();
  if (!cat || !tagName) throw new RowError(`tag ${JSON.stringify(value)} must be CATEGORY:Name`);
  const w = num(weight, 'tags[].weight') ?? 1;
  if (w < 0 || w > 1) throw new RowError(`tag weight must be between 0 and 1, got ${w}`);
  return { category: cat, name: tagName, weight: w };
}

export function validateRow(raw: RawRow, line: number): ImportRow {
  try {
    const columns = toTrackColumns(
      {
        isrc: str(raw.isrc, 'isrc') ?? null,
        title: str(raw.title, 'title') ?? null,
        durationSec: num(raw.durationSec, 'durationSec') ?? null,
        bpm: num(raw.bpm, 'bpm'),
        key: str(raw.key, 'key'),
        mode: oneOf<KeyMode>(raw.mode, MODES, 'mode'),
        hasVocals: bool(raw.hasVocals, 'hasVocals'),
        explicit: bool(raw.explicit, 'explicit'),
        energy: num(raw.energy, 'energy'),
        releaseDate: date(raw.releaseDate, 'releaseDate'),
        language: str(raw.language, 'language'),
        status: oneOf<TrackStatus>(raw.status, STATUSES, 'status'),
      },
      true,
      '',
    ) as ImportRow['columns'];
    const artists = list(raw.artists, 'artists').map(artist);
    const tags = list(raw.tags, 'tags').map(tag);
    return { line, columns, artists, tags };
  } catch (error) {
    if (error instanceof RowError || error instanceof GraphQLError) throw new RowError(error.message);
    throw error;
  }
}

export type ParsedLine = { line: number; raw: RawRow } | { line: number; error: string };

export function parseJsonl(text: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    try {
      const value: unknown = JSON.parse(content);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        out.push({ line: index + 1, error: 'line is not a JSON object' });
      else out.push({ line: index + 1, raw: value as RawRow });
    } catch (error) {
      out.push({ line: index + 1, error: `invalid JSON: ${(error as Error).message}` });
    }
  });
  return out;
}

export function parseCsvRows(text: string): ParsedLine[] {
  const records = parseCsv(text);
  if (records.length === 0) return [];
  const header = records[0].cells.map((h) => h.trim());
  if (!header.includes('isrc')) throw new RowError('the CSV header must include an isrc column');
  return records.slice(1).map((record, index) => {
    if (record.cells.length !== header.length) {
      return {
        line: index + 1,
        error: `row has ${record.cells.length} cells, the header has ${header.length}`,
      };
    }
    return { line: index + 1, raw: Object.fromEntries(header.map((h, i) => [h, record.cells[i]])) };
  });
}
