import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
} from 'graphql';

/**
 * A number written into the request exactly as given, e.g. `1e400`: JSON.parse reads it as
 * Infinity on the server, and a GraphQL Float literal parses to Infinity too. JSON.stringify
 * cannot produce either (it writes non-finite numbers as null).
 */
export class RawNumber {
  constructor(readonly text: string) {}
}

/** A value as the client sends it: JSON values plus raw numbers. */
export type Wire = null | boolean | number | string | RawNumber | Wire[] | { [key: string]: Wire };

/**
 * Serialises to JSON text by hand. Strings go through JSON.stringify, which escapes a lone
 * surrogate as `\ud800` (ES2019 well-formed stringify): the server's JSON.parse then really
 * sees the lone surrogate, where a UTF-8 encoded body would have turned it into U+FFFD.
 */
export function toJson(value: Wire): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * The same value as a GraphQL literal of `type`, the path where scalars' parseLiteral (not
 * parseValue) runs: a Float literal `1e400` reaches it as Infinity. Strings sent to an enum
 * become bare names when they look like one, so a wrong value is a validation error there.
 */
export function toLiteral(value: Wire, type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (value === null) return 'null';
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) {
    const item = isListType(inner) ? inner.ofType : inner;
    return `[${value.map((v) => toLiteral(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const named = getNamedType(type);
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${NAME.test(k) ? k : 'invalid_name'}: ${toLiteral(v, fields[k]?.type ?? named)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') {
    if (isEnumType(getNamedType(type)) && NAME.test(value) && !['true', 'false', 'null'].includes(value))
      return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return String(value);
}
