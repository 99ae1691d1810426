import { RawNumber, type Wire } from './wire.js';

/**
 * Values that have broken (or could break) an API like this one, by the GraphQL type they are
 * aimed at. Each list mixes values of the right JSON type with values of the wrong one.
 */

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udfff\ud800',
  "'; DROP TABLE track; --",
  "' OR '1'='1",
  '"); SELECT pg_sleep(10); --',
  '%',
  '_',
  '\\',
  '%_\\%',
  '100%_off\\',
  '[a-z]*',
  '\u202eRTL override',
  'Rain 🌧 study',
  '\t\n\r',
  'null',
  'NaN',
  'Infinity',
  '1e20',
  '-1',
  '0000-01-01',
  '10000-01-01',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  'a'.repeat(201),
  'a'.repeat(1_001),
  'b'.repeat(20_000),
];

/** Numbers that JSON cannot carry as numbers arrive as null (NaN), raw text, or strings. */
export const HOSTILE_FLOATS: readonly Wire[] = [
  Number.NaN, // serialised as null
  new RawNumber('1e400'), // Infinity after JSON.parse, and as a Float literal
  new RawNumber('-1e400'),
  1e20,
  -1e20,
  1e308,
  -1e308,
  5e-324,
  -0,
  65504,
  65505,
  3.5e38,
  Number.MAX_SAFE_INTEGER,
  'NaN',
  'Infinity',
  '1e20',
  '12',
  true,
];

export const HOSTILE_INTS: readonly Wire[] = [
  -1,
  0,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  1e20,
  -1e20,
  1.5,
  new RawNumber('1e400'),
  Number.NaN,
  '5',
  9_999,
  10_000, // a year no Date can hold
  10_001,
  1_000_000,
];

export const HOSTILE_BOOLEANS: readonly Wire[] = ['true', 1, 0, 'false'];

export const HOSTILE_DATES: readonly Wire[] = [
  '0000-01-01',
  '10000-01-01',
  '-0001-01-01',
  '9999-12-31',
  '0001-01-01',
  '2023-02-29',
  '2024-13-01',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '',
  20240101,
];

export const HOSTILE_DATETIMES: readonly Wire[] = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:30:00+01:00',
  '+010000-01-01T00:00:00Z',
  'yesterday',
  '',
  0,
];

/** Base64 that is not, or that decodes to a byte count no frames x dim shape has. */
export const BAD_BASE64: readonly string[] = [
  '!!!!',
  'abc',
  '====',
  'AAA=A',
  'A',
  '%%%%',
  '\u0000AAA',
  'AAAA',
];
