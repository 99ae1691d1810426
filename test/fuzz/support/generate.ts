import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import {
  BAD_BASE64,
  HOSTILE_BOOLEANS,
  HOSTILE_DATES,
  HOSTILE_DATETIMES,
  HOSTILE_FLOATS,
  HOSTILE_INTS,
  HOSTILE_STRINGS,
} from './hostile.js';
import { RawNumber, type Wire } from './wire.js';

/** What the generator may refer to: ids and cursors that exist in the database under test. */
export interface Pool {
  /** Global ids by node type (Track, Artist, Tag, Video, LicenceTerm, ApiKey, ...). */
  ids: Record<string, string[]>;
  /** Cursors by the listing that issued them (tracks, artists, ...). */
  cursors: Record<string, string[]>;
  tagNames: string[];
  isrcs: string[];
}

/**
 * How hostile one generated request is: each leaf (scalar, list length, feature payload) turns
 * hostile with probability `p` while `remaining` allows. `remaining: 1` gives requests that are
 * plausible everywhere but in one place, which reach deeper than all-out garbage does.
 */
export interface Hostility {
  p: number;
  remaining: number;
}

export interface GenContext {
  pick<T>(arb: fc.Arbitrary<T>): T;
  pool: Pool;
  hostility: Hostility;
}

/** Marks an optional argument or input field left out of the request. */
export const ABSENT = Symbol('absent');
type Gen = Wire | typeof ABSENT;

const NODE_TYPES = [
  'Track',
  'Artist',
  'Tag',
  'LicenceTerm',
  'Video',
  'ApiKey',
  'ModelVersion',
  'TrainingRun',
];

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

function hostileNow(ctx: GenContext): boolean {
  if (ctx.hostility.remaining <= 0) return false;
  if (!ctx.pick(fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < ctx.hostility.p))) return false;
  ctx.hostility.remaining -= 1;
  return true;
}

const oneOf = <T>(ctx: GenContext, values: readonly T[]): T => ctx.pick(fc.constantFrom(...values));

// From the seeded generator, not crypto: a failing run replays with the same ids.
const uuid = (ctx: GenContext) => ctx.pick(fc.uuid({ version: 4 }));

/** The node type an ID argument names, from its own name or the operation's (updateTrack(id:)). */
function idType(name: string, operation: string): string | undefined {
  const byName: Record<string, string> = {
    trackId: 'Track',
    trackIds: 'Track',
    excludeTrackIds: 'Track',
    videoId: 'Video',
    artistId: 'Artist',
    tagId: 'Tag',
  };
  if (byName[name]) return byName[name];
  if (operation.endsWith('Model')) return 'ModelVersion';
  if (operation.endsWith('Training') || operation.startsWith('trainingRun')) return 'TrainingRun';
  return [...NODE_TYPES]
    .sort((a, b) => b.length - a.length)
    .find((type) => operation.toLowerCase().includes(type.toLowerCase()));
}

function genId(ctx: GenContext, name: string, operation: string): string {
  const type = idType(name, operation);
  if (hostileNow(ctx)) {
    return oneOf(ctx, [
      '',
      'abc',
      globalId('Track', 'not-a-uuid'),
      globalId('Nope', uuid(ctx)),
      globalId('Track', uuid(ctx).toUpperCase()),
      Buffer.from(`Track:${uuid(ctx)}`).toString('base64'),
      uuid(ctx),
      ...HOSTILE_STRINGS,
    ]);
  }
  const kind = ctx.pick(fc.integer({ min: 0, max: 9 }));
  const own = type ? (ctx.pool.ids[type] ?? []) : [];
  if (kind < 7 && own.length) return oneOf(ctx, own);
  if (kind < 9) return globalId(type ?? oneOf(ctx, NODE_TYPES), uuid(ctx));
  const other = Object.values(ctx.pool.ids).flat();
  return other.length ? oneOf(ctx, other) : globalId('Track', uuid(ctx));
}

const words = fc.constantFrom(
  'Amber',
  'Road',
  'rain',
  'Nova',
  'calm piano',
  'Électro',
  'city night drive',
  'Studio 54',
  'lo-fi',
);

function genString(ctx: GenContext, name: string, operation: string): string {
  if (hostileNow(ctx)) return oneOf(ctx, HOSTILE_STRINGS);
  switch (name) {
    case 'isrc':
      return ctx.pick(
        fc.oneof(
          fc.integer({ min: 0, max: 99_999 }).map((n) => `ZZFUZ26${String(n).padStart(5, '0')}`),
          fc.constantFrom('zz-fuz-26-00001', ...ctx.pool.isrcs.slice(0, 5)),
        ),
      );
    case 'territory':
    case 'territories':
    case 'territoriesAllow':
    case 'territoriesDeny':
    case 'country':
      return oneOf(ctx, ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'us', ' de ']);
    case 'key':
      return oneOf(ctx, ['C', 'C#', 'Db', 'A', 'bb', 'F♯']);
    case 'language':
      return oneOf(ctx, ['en', 'fr', 'DE']);
    case 'after': {
      // Mostly the listing's own cursor; sometimes another listing's, which must be refused.
      const own = ctx.pool.cursors[operation] ?? [];
      const any = Object.values(ctx.pool.cursors).flat();
      const roll = ctx.pick(fc.integer({ min: 0, max: 3 }));
      if (roll < 3 && own.length) return oneOf(ctx, own);
      return any.length ? oneOf(ctx, any) : 'eyJ4IjoxfQ';
    }
    case 'any':
    case 'all':
    case 'none':
      return ctx.pool.tagNames.length ? oneOf(ctx, ctx.pool.tagNames) : 'Folk';
    case 'source':
    case 'sources':
      return oneOf(ctx, ['api', 'demo', 'fuzz']);
    case 'data':
      return genImportData(ctx);
    default:
      return ctx.pick(
        fc.oneof(words, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })),
      );
  }
}

/** Import payloads: JSONL or CSV rows built from the import's own fields plus hostile ones. */
function genImportData(ctx: GenContext): string {
  const fields = ['isrc', 'title', 'durationSec', 'bpm', 'key', 'releaseDate', 'artists', 'tags'];
  const rows = ctx.pick(fc.integer({ min: 1, max: 4 }));
  const hostile = hostileNow(ctx);
  const cell = (field: string): Wire => {
    if (hostile && ctx.pick(fc.boolean())) return oneOf(ctx, [...HOSTILE_STRINGS, ...HOSTILE_FLOATS]);
    if (field === 'isrc') return genString({ ...ctx, hostility: { p: 0, remaining: 0 } }, 'isrc', '');
    if (field === 'durationSec' || field === 'bpm') return ctx.pick(fc.integer({ min: 1, max: 300 }));
    if (field === 'releaseDate') return '2020-05-01';
    if (field === 'key') return 'C';
    if (field === 'artists') return [{ name: 'Fuzz Artist', role: 'PRIMARY' }];
    if (field === 'tags') return [{ category: 'GENRE', name: 'Folk' }];
    return ctx.pick(words);
  };
  const extra = hostile ? oneOf(ctx, ['bmp', '', '__proto__', 'title ']) : undefined;
  const keys = extra !== undefined ? [...fields, extra] : fields;
  const objects = Array.from({ length: rows }, () => Object.fromEntries(keys.map((k) => [k, cell(k)])));
  if (ctx.pick(fc.boolean())) {
    return objects
      .map(
        (o) =>
          `{${Object.entries(o)
            .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)
            .join(',')}}`,
      )
      .join('\n');
  }
  const csvCell = (v: Wire) =>
    Array.isArray(v)
      ? v.map((x) => (x && typeof x === 'object' ? String(Object.values(x)[0]) : x)).join(';')
      : String(v);
  const stray = hostile && ctx.pick(fc.boolean()) ? '"' : '';
  return [keys.join(','), ...objects.map((o) => keys.map((k) => `${stray}${csvCell(o[k]!)}`).join(','))].join(
    '\n',
  );
}

function jsonText(v: Wire): string {
  if (v instanceof RawNumber) return v.text;
  return JSON.stringify(v) ?? 'null';
}

function genInt(ctx: GenContext, name: string): Wire {
  if (hostileNow(ctx)) return oneOf(ctx, HOSTILE_INTS);
  const range: Record<string, [number, number]> = {
    first: [0, 100],
    priceTier: [1, 5],
    maxPriceTier: [1, 5],
    epochs: [1, 2],
    batchSize: [8, 64],
    patience: [1, 5],
    rrfK: [1, 100],
    maxPairs: [1, 50],
    min: [1950, 2030],
    max: [1950, 2030],
    frames: [1, 4],
  };
  const [min, max] = range[name] ?? [0, 100];
  return ctx.pick(fc.integer({ min, max }));
}

function genFloat(ctx: GenContext, name: string): Wire {
  if (hostileNow(ctx)) return oneOf(ctx, HOSTILE_FLOATS);
  const range: Record<string, [number, number]> = {
    bpm: [40, 200],
    durationSec: [1, 600],
    min: [0, 300],
    max: [0, 300],
    learningRate: [1e-4, 1e-2],
  };
  const [min, max] = range[name] ?? [0, 1];
  return ctx.pick(fc.double({ min, max, noNaN: true }));
}

function floatBytes(values: readonly number[]): string {
  return Buffer.from(new Float32Array(values).buffer).toString('base64');
}

/**
 * FeatureInput as a whole: a payload is only meaningful with its frames, dim and dtype. Hostile:
 * bad base64, a byte count that fits no shape, wrong dimensions, too many frames, and float32
 * values that are NaN, infinite, or finite but huge (1e20 overflows a squared norm; above
 * 65,504 a float16 is infinite).
 */
function genFeatures(ctx: GenContext, name: string): Wire {
  const dim = name === 'visual' ? 1024 : 128;
  const frames = ctx.pick(fc.integer({ min: 1, max: 3 }));
  const uint8 = ctx.pick(fc.boolean());
  const values = () => Array.from({ length: frames * dim }, (_, i) => Math.sin(i * 12.9898 + frames) * 1.5);
  const valid = {
    data: uint8
      ? Buffer.from(Array.from({ length: frames * dim }, (_, i) => (i * 37) % 256)).toString('base64')
      : floatBytes(values()),
    frames,
    dim,
    dtype: uint8 ? 'UINT8' : 'FLOAT32',
  };
  if (!hostileNow(ctx)) return valid;
  const special = oneOf(ctx, [Number.NaN, Infinity, -Infinity, 1e20, -1e20, 1e19, 65_505, 1e5, 3.4e38]);
  const poisoned = values();
  poisoned[ctx.pick(fc.integer({ min: 0, max: poisoned.length - 1 }))] = special;
  const wrongDim = oneOf(ctx, [127, 129, 1024, 128, 0, -1, 1_000_000_000, 2_147_483_647]);
  return oneOf<Wire>(ctx, [
    { ...valid, dtype: 'FLOAT32', data: floatBytes(poisoned) },
    { ...valid, data: oneOf(ctx, BAD_BASE64) },
    { ...valid, data: oneOf(ctx, HOSTILE_STRINGS) },
    { ...valid, frames: frames + 1 },
    { ...valid, dim: wrongDim },
    { ...valid, frames: oneOf(ctx, [0, -1, 3601, 2_147_483_647]) },
    { ...valid, frames: 1_000_000, dim: 1_000_000 },
    { ...valid, dtype: oneOf(ctx, ['FLOAT16', 'float32', '']) },
    { ...valid, data: `${valid.data}\n` },
  ]);
}

export function genValue(
  ctx: GenContext,
  type: GraphQLInputType,
  name: string,
  operation: string,
  depth = 0,
): Gen {
  if (!isNonNullType(type)) {
    const roll = ctx.pick(fc.integer({ min: 0, max: 19 }));
    if (roll < 6) return ABSENT;
    if (roll < 7) return null;
  } else if (hostileNow(ctx)) {
    return ctx.pick(fc.boolean()) ? ABSENT : null;
  }
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (hostileNow(ctx)) {
      // A huge array: the same element thousands of times.
      const one = genValue(
        { ...ctx, hostility: { p: 0, remaining: 0 } },
        inner.ofType,
        name,
        operation,
        depth,
      );
      return Array.from({ length: oneOf(ctx, [1_001, 5_000, 10_001]) }, () => (one === ABSENT ? null : one));
    }
    const length = ctx.pick(fc.integer({ min: 0, max: 3 }));
    return Array.from({ length }, () => {
      const v = genValue(ctx, inner.ofType, name, operation, depth + 1);
      return v === ABSENT ? null : v;
    });
  }
  if (isInputObjectType(inner)) {
    if (inner.name === 'FeatureInput') return genFeatures(ctx, name);
    if (depth > 4) return null;
    if (hostileNow(ctx)) return oneOf<Wire>(ctx, ['{}', [], { unknownField: 1 }, 42]);
    const out: Record<string, Wire> = {};
    for (const field of Object.values(inner.getFields())) {
      const v = genValue(ctx, field.type, field.name, operation, depth + 1);
      if (v !== ABSENT) out[field.name] = v;
    }
    return out;
  }
  if (isEnumType(inner)) {
    if (hostileNow(ctx)) return oneOf(ctx, ['NOPE', '', inner.getValues()[0]!.name.toLowerCase(), 0]);
    return oneOf(
      ctx,
      inner.getValues().map((v) => v.name),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return genId(ctx, name, operation);
      case 'String':
        return genString(ctx, name, operation);
      case 'Int':
        return genInt(ctx, name);
      case 'Float':
        return genFloat(ctx, name);
      case 'Boolean':
        return hostileNow(ctx) ? oneOf(ctx, HOSTILE_BOOLEANS) : ctx.pick(fc.boolean());
      case 'Date':
        return hostileNow(ctx)
          ? oneOf(ctx, HOSTILE_DATES)
          : ctx.pick(
              fc
                .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
            );
      case 'DateTime':
        return hostileNow(ctx) ? oneOf(ctx, HOSTILE_DATETIMES) : new Date().toISOString();
      default:
        // A scalar this generator does not know yet (a new one in the schema): strings.
        return hostileNow(ctx) ? oneOf(ctx, HOSTILE_STRINGS) : ctx.pick(words);
    }
  }
  return null;
}

/** Arguments for one field; ABSENT ones are left out of the request. */
export function genArgs(
  ctx: GenContext,
  args: readonly GraphQLArgument[],
  operation: string,
): Map<GraphQLArgument, Wire> {
  const out = new Map<GraphQLArgument, Wire>();
  for (const arg of args) {
    const v = genValue(ctx, arg.type, arg.name, operation);
    if (v !== ABSENT) out.set(arg, v);
  }
  return out;
}
