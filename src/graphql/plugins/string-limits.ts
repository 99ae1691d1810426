import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { AppConfig } from '../../config.js';
import { clientError, ErrorCode } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { DDEX_MAX_CHARS } from '../../catalog/ddex/parse-deals.js';

/**
 * String arguments with a larger maximum than `config.maxStringLength`, by schema coordinate
 * (`Type.field` for input fields, `Type.field(arg)` for arguments). Everything else, titles,
 * names, search text, ids and cursors included, gets the default.
 */
export function stringLimits(config: AppConfig): ReadonlyMap<string, number> {
  // The same maximum as the catalog's own check of video cues (src/catalog/videos.ts).
  const cues = 10_000;
  return new Map([
    // The import checks its own size (MAX_IMPORT_BYTES, PAYLOAD_TOO_LARGE) before parsing.
    ['Mutation.importTracks(data)', config.maxBodyBytes],
    // A DDEX message: parse-deals.ts checks the same maximum (docs/rights.md).
    ['Mutation.importDdexDeals(xml)', Math.min(DDEX_MAX_CHARS, config.maxBodyBytes)],
    // Base64 features are bounded by the request body alone.
    ['FeatureInput.data', config.maxBodyBytes],
    ...['VideoTextInput', 'CreateVideoInput', 'UpdateVideoInput'].flatMap((type) => [
      [`${type}.captions`, cues] as const,
      [`${type}.onScreenText`, cues] as const,
    ]),
  ]);
}

/** Requests already refused for a long string; refuse-unstorable-text skips scanning them. */
export const refusedForLength = new WeakSet<object>();

interface Check {
  limits: ReadonlyMap<string, number>;
  fallback: number;
}

/** A variable where the document uses it: its values are checked against this type and limit. */
interface VariableUse {
  name: string;
  type: GraphQLInputType;
  path: string;
  coordinate: string;
}

function tooLong(path: string, max: number, length: number) {
  // Thrown before execution, so Apollo would answer 500 without a status of its own.
  return clientError(ErrorCode.BAD_USER_INPUT, `${path} is longer than ${max} characters (got ${length})`, {
    field: path,
    http: { status: 400 },
  });
}

function checkValue(check: Check, value: unknown, type: GraphQLInputType, path: string, coordinate: string) {
  const inner = getNullableType(type);
  if (typeof value === 'string') {
    const max = check.limits.get(coordinate) ?? check.fallback;
    if (value.length > max) throw tooLong(path, max, value.length);
  } else if (Array.isArray(value)) {
    const item = isListType(inner) ? inner.ofType : inner;
    value.forEach((v, i) => checkValue(check, v, item, `${path}[${i}]`, coordinate));
  } else if (value !== null && typeof value === 'object' && isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [key, v] of Object.entries(value)) {
      const field = fields[key];
      if (field) checkValue(check, v, field.type, `${path}.${key}`, `${inner.name}.${key}`);
    }
  }
}

function checkLiteral(
  check: Check,
  uses: VariableUse[],
  node: ValueNode,
  type: GraphQLInputType,
  path: string,
  coordinate: string,
) {
  const inner = getNullableType(type);
  switch (node.kind) {
    case Kind.VARIABLE:
      uses.push({ name: node.name.value, type, path, coordinate });
      return;
    case Kind.STRING: {
      const max = check.limits.get(coordinate) ?? check.fallback;
      if (node.value.length > max) throw tooLong(path, max, node.value.length);
      return;
    }
    case Kind.LIST: {
      const item = isListType(inner) ? inner.ofType : inner;
      node.values.forEach((v, i) => checkLiteral(check, uses, v, item, `${path}[${i}]`, coordinate));
      return;
    }
    case Kind.OBJECT: {
      if (!isInputObjectType(inner)) return;
      const fields = inner.getFields();
      for (const field of node.fields) {
        const def = fields[field.name.value];
        if (def)
          checkLiteral(
            check,
            uses,
            field.value,
            def.type,
            `${path}.${field.name.value}`,
            `${inner.name}.${def.name}`,
          );
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Checks the document's string literals and lists where it uses variables. Literals and uses
 * depend on the document and the limits alone, so each document is analysed once per config
 * (Apollo hands the same DocumentNode for the same text); a refused document is not kept.
 */
const analyses = new WeakMap<DocumentNode, { config: AppConfig; uses: VariableUse[] }>();
function variableUses(document: DocumentNode, schema: GraphQLSchema, config: AppConfig): VariableUse[] {
  const known = analyses.get(document);
  if (known?.config === config) return known.uses;
  const check: Check = { limits: limitsOf(config), fallback: config.maxStringLength };
  const uses: VariableUse[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!argument || !parent || !field) return false;
        const coordinate = `${parent.name}.${field.name}(${argument.name})`;
        checkLiteral(check, uses, node.value, argument.type, argument.name, coordinate);
        return false;
      },
    }),
  );
  analyses.set(document, { config, uses });
  return uses;
}

const limitsByConfig = new WeakMap<AppConfig, ReadonlyMap<string, number>>();
function limitsOf(config: AppConfig): ReadonlyMap<string, number> {
  let limits = limitsByConfig.get(config);
  if (!limits) limitsByConfig.set(config, (limits = stringLimits(config)));
  return limits;
}

/**
 * Refuses any string argument longer than its maximum (stringLimits), in literals and in
 * variables alike, with BAD_USER_INPUT naming the argument path (`filter.text`), before any
 * resolver, and so any SQL, runs: a 10 MiB `artists(name:)` used to hold the database for 20 s
 * in an ILIKE. Runs after validation, so every argument here has a known type.
 */
export function refuseLongStrings(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const config = contextValue.config;
          const check: Check = { limits: limitsOf(config), fallback: config.maxStringLength };
          const variables = request.variables ?? {};
          try {
            for (const use of variableUses(document, schema, config)) {
              checkValue(check, variables[use.name], use.type, use.path, use.coordinate);
            }
          } catch (error) {
            refusedForLength.add(request);
            throw error;
          }
        },
      };
    },
  };
}
