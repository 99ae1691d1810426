import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { SCHEMA_PATH } from '../../../src/graphql/apollo.js';
import { toJson, toLiteral, type Wire } from './wire.js';

export const schema: GraphQLSchema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));

export interface FuzzField {
  kind: 'query' | 'mutation';
  name: string;
  /** `Query.tracks`, `Mutation.createTrack`. */
  coordinate: string;
  args: readonly GraphQLArgument[];
  selection: string;
}

/**
 * Leaf fields of the return type down to `depth` levels; nested fields that take arguments are
 * left out (their defaults would multiply the cost past the anonymous limit). Interfaces get
 * `__typename` and `id` only.
 */
function selectionOf(field: GraphQLField<unknown, unknown>, depth: number): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (!isCompositeType(type)) return '';
  if (isInterfaceType(type)) return '{ __typename id }';
  if (!isObjectType(type)) return '{ __typename }';
  const parts = ['__typename'];
  for (const inner of Object.values(type.getFields())) {
    if (inner.args.length > 0) continue;
    const named = getNamedType(inner.type);
    if (isLeafType(named)) parts.push(inner.name);
    else if (depth > 1) parts.push(`${inner.name} ${selectionOf(inner, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * Every mutation, and every query field that takes arguments (the searches and listings), read
 * from schema.graphql: a field added there is fuzzed without touching these tests.
 */
export function fuzzFields(): FuzzField[] {
  const out: FuzzField[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (kind === 'query' && field.args.length === 0) continue;
      out.push({
        kind,
        name: field.name,
        coordinate: `${root!.name}.${field.name}`,
        args: field.args,
        selection: selectionOf(field, 3),
      });
    }
  }
  return out;
}

export interface Built {
  body: string;
  /** What was sent, for a failure message. */
  summary: string;
}

/**
 * The raw JSON body of one request: arguments as variables of their declared types, or (when
 * `inline`) written into the document as literals, where parseLiteral runs instead. `operation`
 * may differ from the field's own (a subscription, which this schema does not have).
 */
export function buildRequest(
  field: FuzzField,
  args: Map<GraphQLArgument, Wire>,
  inline: boolean,
  operation: 'query' | 'mutation' | 'subscription' = field.kind,
): Built {
  const given = [...args.entries()];
  const argText = given
    .map(([arg, v], i) => `${arg.name}: ${inline ? toLiteral(v, arg.type) : `$a${i}`}`)
    .join(', ');
  // Required arguments left out are still declared, so the variable is "not provided".
  const declared = inline
    ? []
    : [
        ...given.map(([arg], i) => `$a${i}: ${arg.type.toString()}`),
        ...field.args
          .filter((a) => isNonNullType(a.type) && !args.has(a))
          .map((a, i) => `$m${i}: ${a.type.toString()}`),
      ];
  const missing = field.args.filter((a) => isNonNullType(a.type) && !args.has(a));
  const missingArgs = inline ? [] : missing.map((a, i) => `${a.name}: $m${i}`);
  const allArgs = [argText, ...missingArgs].filter(Boolean).join(', ');
  const query = `${operation} Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${allArgs ? `(${allArgs})` : ''} ${field.selection} }`;
  const variables = inline ? '{}' : `{${given.map(([, v], i) => `"a${i}":${toJson(v)}`).join(',')}}`;
  const body = `{"query":${JSON.stringify(query)},"variables":${variables}}`;
  return { body, summary: body.length > 1500 ? `${body.slice(0, 1500)}… (${body.length} bytes)` : body };
}
