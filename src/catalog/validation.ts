import { badInput } from '../errors.js';
import { isTerritoryCode } from './territories.js';

// ISRC: country (2 letters), registrant (3 alphanumerics), year (2 digits), designation (5 digits).
const ISRC = /^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$/;

/** Accepts dashes and lower case as people type them; returns the canonical 12 characters. */
export function normalizeIsrc(value: string, field = 'isrc'): string {
  const isrc = value.replace(/-/g, '').trim().toUpperCase();
  if (!ISRC.test(isrc))
    throw badInput(`${field} is not a valid ISRC (CC-XXX-YY-NNNNN): ${JSON.stringify(value)}`, field);
  return isrc;
}

const SHARP_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const FLAT_TO_SHARP: Record<string, string> = {
  DB: 'C#',
  EB: 'D#',
  GB: 'F#',
  AB: 'G#',
  BB: 'A#',
  CB: 'B',
  FB: 'E',
  'E#': 'F',
  'B#': 'C',
};

/** Musical keys are stored in sharps, so `Db` and `C#` filter alike. */
export function normalizeKey(value: string, field = 'key'): string {
  const raw = value.trim();
  const upper = raw.charAt(0).toUpperCase() + raw.slice(1).replace('♯', '#').replace('♭', 'b').toUpperCase();
  const key = FLAT_TO_SHARP[upper] ?? upper;
  if (!SHARP_NAMES.includes(key))
    throw badInput(`${field} is not a musical key (C, C#, Db, ... B): ${JSON.stringify(value)}`, field);
  return key;
}

export function normalizeTerritories(codes: readonly string[], field: string): string[] {
  const result = new Set<string>();
  for (const code of codes) {
    const upper = code.trim().toUpperCase();
    if (!isTerritoryCode(upper))
      throw badInput(`${field} contains an unknown ISO 3166-1 alpha-2 code: ${JSON.stringify(code)}`, field);
    result.add(upper);
  }
  return [...result].sort();
}

export function isTerritory(code: string): boolean {
  return isTerritoryCode(code.trim().toUpperCase());
}

const LANGUAGE = /^[a-z]{2,3}$/;
export function normalizeLanguage(value: string, field = 'language'): string {
  const language = value.trim().toLowerCase();
  if (!LANGUAGE.test(language))
    throw badInput(`${field} must be an ISO 639 code such as "en": ${JSON.stringify(value)}`, field);
  return language;
}

/** A finite number within [min, max]; NaN and infinities are rejected by name. */
export function numberInRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isFinite(value)) throw badInput(`${field} must be a finite number, got ${value}`, field);
  if (value < min || value > max)
    throw badInput(`${field} must be between ${min} and ${max}, got ${value}`, field);
  return value;
}

export function nonEmpty(value: string, field: string, maxLength = 500): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badInput(`${field} must not be empty`, field);
  if (trimmed.length > maxLength) throw badInput(`${field} must be at most ${maxLength} characters`, field);
  return trimmed;
}

export const BPM_RANGE = { min: 1, max: 400 } as const;
export const DURATION_RANGE = { min: 0.1, max: 6 * 3600 } as const;
/** Integrated loudness in LUFS: BS.1770's absolute gate (−70) to a clipping square wave (about +3). */
export const LOUDNESS_RANGE = { min: -70, max: 5 } as const;

/**
 * Escapes LIKE's metacharacters (`%`, `_` and the escape character `\` itself) so user text is
 * matched literally. Prisma's `contains` wraps the value in `%…%` but passes it through
 * unescaped, and `\` is Postgres's default LIKE escape.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
