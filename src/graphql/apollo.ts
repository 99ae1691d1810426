import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { LIMIT_ROLES, loadConfig, type AppConfig } from '../config.js';
import { ErrorCode } from '../errors.js';
import type { GraphQLContext } from './context.js';
import { formatDatabaseFailure } from './database-failure.js';
import { observability } from './plugins/observability.js';
import { knownOperationTypes } from './plugins/known-operation-types.js';
import { queryLimits } from './plugins/query-limits.js';
import { rateLimit } from './plugins/rate-limit.js';
import { refuseUnstorableText } from './plugins/refuse-unstorable-text.js';
import { schemaPrivacy } from './plugins/schema-privacy.js';
import { refuseLongStrings } from './plugins/string-limits.js';
import { resolvers } from './resolvers/index.js';
import { compiledExecution } from './compiled-execution.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

// Prisma's "unique constraint failed": a race between two writers of the same natural key.
const PRISMA_UNIQUE_VIOLATION = 'P2002';

// graphql-js's variable coercion message: `Variable "$input" got invalid value "0000-01-01" at
// "input.releaseDate"; …` (no `at` when the variable itself is at fault, and none for a required
// variable that is missing or null: `Variable "$id" of required type "ID!" was not provided.`).
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s;
const WHOLE_VARIABLE_ERROR = /^Variable "\$(\w+)" (?:got invalid value|of required type|of non-null type)/;

/**
 * A scalar's BAD_USER_INPUT (a year-0000 Date) stays BAD_USER_INPUT when graphql-js reports it
 * from validation of a literal, and variable coercion errors name the field at fault
 * (`extensions.field`), like every other BAD_USER_INPUT.
 */
function badInputFromCoercion(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)
    ?.originalError;
  let extensions = formatted.extensions ?? {};
  if (extensions.code !== ErrorCode.BAD_USER_INPUT) {
    if (original?.extensions?.code !== ErrorCode.BAD_USER_INPUT) return formatted;
    extensions = { ...extensions, code: ErrorCode.BAD_USER_INPUT };
  }
  if (extensions.field === undefined) {
    const match = VARIABLE_ERROR.exec(formatted.message) ?? WHOLE_VARIABLE_ERROR.exec(formatted.message);
    if (match) extensions = { ...extensions, field: match[2] ?? match[1] };
  }
  return extensions === formatted.extensions ? formatted : { ...formatted, extensions };
}

/**
 * Client-facing errors pass through; anything else (database, ORM, bugs) is logged in full on the
 * server and reaches the client as a bare INTERNAL_SERVER_ERROR, so no SQL or stack leaks out.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  // The parser's own token ceiling (parseOptions.maxTokens): the same limit as the per-role
  // ones, so the same code.
  if (
    code === 'GRAPHQL_PARSE_FAILED' &&
    /Document contains more tha[nt] \d+ tokens/.test(formatted.message)
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === ErrorCode.BAD_USER_INPUT) {
    return badInputFromCoercion(formatted, error);
  }
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== undefined) return formatted;
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
  const databaseFailure = formatDatabaseFailure(formatted, original ?? error);
  if (databaseFailure) {
    console.warn(
      '[graphql] database failure at',
      formatted.path?.join('.') ?? '(request)',
      String(original ?? error),
    );
    return databaseFailure;
  }
  if (original?.code === PRISMA_UNIQUE_VIOLATION) {
    return {
      message: 'A record with the same unique value already exists',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  console.error('[graphql] internal error at', formatted.path?.join('.') ?? '(request)', original ?? error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * `config` sets what is per server: introspection and suggestions in Apollo's own validation, and the parser's
 * token ceiling (the highest role's maxTokens), so a 100k-token document is not even parsed.
 * Per-role limits, string lengths and suggestions are checked per request, by the plugins,
 * against the request's config.
 */
export function createApolloServer(
  config: Pick<AppConfig, 'introspection' | 'suggestions' | 'queryLimits'> = loadConfig(),
): ApolloServer<GraphQLContext> {
  const maxTokens = Math.max(...LIMIT_ROLES.map((role) => config.queryLimits[role].maxTokens));
  return new ApolloServer<GraphQLContext>({
    // Our schema and resolvers, executed by compiled code (compiled-execution.ts).
    gateway: compiledExecution({ typeDefs: readFileSync(SCHEMA_PATH, 'utf8'), resolvers }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads from a CDN; the admin console at /console is ours.
    introspection: config.introspection,
    // Apollo's own switch for "Did you mean" in validation errors; schemaPrivacy() also cuts them
    // from coercion errors, per request.
    hideSchemaDetailsFromClientErrors: !config.suggestions,
    parseOptions: { maxTokens },
    validationRules: [knownOperationTypes],
    // refuseLongStrings before refuseUnstorableText: the latter skips requests already refused.
    // Compact JSON: Apollo's default indents every response (a listing page: a third more bytes).
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, and the default cache-control plugin wraps every field
      // resolver to look for them (willResolveField), which cost a listing ~3% of its CPU.
      ApolloServerPluginCacheControlDisabled(),
      schemaPrivacy(),
      queryLimits(),
      refuseLongStrings(),
      refuseUnstorableText(),
      rateLimit(),
      observability(),
    ],
    // The process owns shutdown (src/main.ts stops HTTP, Apollo, the worker and the database in
    // order). Apollo's own SIGTERM handler raced it: both stopped Apollo at once, and the stop
    // never finished, leaving `npm start` running after SIGTERM.
    stopOnTerminationSignals: false,
  });
}
