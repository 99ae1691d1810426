import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../errors.js';

const DATE = /^(\d{4,})-\d{2}-\d{2}$/;

/**
 * Postgres DATE and TIMESTAMP reach far wider (4713 BC to 294276 AD), but ISO 8601 without an
 * expanded year, JavaScript's toISOString and most clients only agree on 0001-9999, and a year
 * 0000 made the database statement fail (a masked INTERNAL_SERVER_ERROR). Refused here, so no
 * resolver ever sees such a date.
 */
export const YEAR_RANGE = { min: 1, max: 9999 } as const;

function bad(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

function outsideYears(year: number): boolean {
  return year < YEAR_RANGE.min || year > YEAR_RANGE.max;
}

function parseDate(value: unknown): Date {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) throw bad(`Date must be a YYYY-MM-DD string, got ${JSON.stringify(value)}`);
  if (outsideYears(Number(match[1]))) throw bad(`Date ${value as string} is outside the years 0001-9999`);
  const date = new Date(`${value as string}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw bad(`Date ${value as string} does not exist`);
  }
  return date;
}

/** Calendar dates travel as YYYY-MM-DD and live in JS as UTC midnights (Postgres DATE). */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize: (value) => (value as Date).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw bad(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`);
  }
  // In UTC, as stored: 0001-01-01T00:30+01:00 is still year 0 there.
  if (outsideYears(date.getUTCFullYear())) {
    throw bad(`DateTime ${JSON.stringify(value)} is outside the years 0001-9999 (UTC)`);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
