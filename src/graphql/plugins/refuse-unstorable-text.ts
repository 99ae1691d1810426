import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../errors.js';
import { refusedForLength } from './string-limits.js';

/**
 * Postgres text cannot hold U+0000 (a statement with one fails, "invalid byte sequence"), and
 * a lone UTF-16 surrogate has no UTF-8 form (Node would store U+FFFD in its place, silently
 * changing the value). Neither is meaningful in any argument of this API, so both are refused
 * for the whole request before any resolver runs, naming where they were found, instead of
 * surfacing as a masked database error (or a quietly altered title).
 */
// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findInValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = findInValue(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function findInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (!found && UNSTORABLE.test(node.value))
        found = `a string literal at line ${node.loc?.startToken.line ?? '?'}`;
    },
  });
  return found;
}

export function refuseUnstorableText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          // Already refused for its length: scanning a 10 MiB string would only add latency.
          if (refusedForLength.has(request)) return;
          const inVariables = findInValue(request.variables ?? {}, '');
          const where = inVariables ? `variable ${inVariables}` : findInDocument(document);
          if (!where) return;
          throw new GraphQLError(
            `${where} contains a NUL character or an unpaired UTF-16 surrogate, which text cannot store`,
            {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                field: inVariables ?? undefined,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
