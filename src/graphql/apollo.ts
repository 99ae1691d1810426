import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { GraphQLContext } from './context.js';
import { refuseUnstorableText } from './plugins/refuse-unstorable-text.js';
import { resolvers } from './resolvers/index.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

// Prisma's "unique constraint failed": a race between two writers of the same natural key.
const PRISMA_UNIQUE_VIOLATION = 'P2002';

/**
 * Client-facing errors pass through; anything else (database, ORM, bugs) is logged in full on the
 * server and reaches the client as a bare INTERNAL_SERVER_ERROR, so no SQL or stack leaks out.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== ErrorCode.INTERNAL_SERVER_ERROR && code !== undefined) return formatted;
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
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

export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The default landing page loads from a CDN; the admin console at /console is ours.
    plugins: [ApolloServerPluginLandingPageDisabled(), refuseUnstorableText()],
    // The process owns shutdown (src/main.ts stops HTTP, Apollo, the worker and the database in
    // order). Apollo's own SIGTERM handler raced it: both stopped Apollo at once, and the stop
    // never finished, leaving `npm start` running after SIGTERM.
    stopOnTerminationSignals: false,
  });
}
