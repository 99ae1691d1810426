import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../errors.js';
import { perDocument } from './per-document.js';
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

/** The first string literal that text cannot store: where it is, and the argument path it is at. */
const findInDocument = perDocument((document: DocumentNode): { where: string; field?: string } | null => {
  let found: { where: string; field?: string } | null = null;
  // Argument and input-field names from the operation down to the literal: `filter.text`.
  const path: string[] = [];
  const enter = (node: { name: { value: string } }) => void path.push(node.name.value);
  const leave = () => void path.pop();
  visit(document, {
    Argument: { enter, leave },
    ObjectField: { enter, leave },
    StringValue(node) {
      if (!found && UNSTORABLE.test(node.value))
        found = {
          where: `a string literal at line ${node.loc?.startToken.line ?? '?'}`,
          field: path.length ? path.join('.') : undefined,
        };
    },
  });
  return found;
});

export function refuseUnstorableText(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          // Already refused for its length: scanning a 10 MiB string would only add latency.
          if (refusedForLength.has(request)) return;
          const inVariables = findInValue(request.variables ?? {}, '');
          const found = inVariables
            ? { where: `variable ${inVariables}`, field: inVariables }
            : findInDocument(document);
          if (!found) return;
          throw new GraphQLError(
            `${found.where} contains a NUL character or an unpaired UTF-16 surrogate, which text cannot store`,
            {
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                field: found.field,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
