import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { LimitRole, QueryLimits } from '../../config.js';
import { ErrorCode } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { operationCost } from './query-cost.js';
import { countAliasesAndDirectives, countTokens, fragmentsOf, selectionDepth } from './query-shape.js';

function tooComplex(limit: keyof QueryLimits, max: number, actual: number | string, role: LimitRole) {
  return new GraphQLError(`Query exceeds ${limit} ${max} for ${role} callers (got ${actual})`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, http: { status: 400 } },
  });
}

/**
 * Refuses operations past the caller's role's QueryLimits (src/config.ts) before any resolver
 * runs. Apollo's validation rules are one set per server and run before the caller is known
 * to them, so the per-role limits live here, at didResolveOperation, where both the document
 * and `contextValue.viewer` are at hand. Cheapest checks first; each one stops counting once
 * past its limit, so a hostile document is refused in time proportional to the limit.
 */
export function queryLimits(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          if (!operation) return; // Apollo refuses it next, naming the missing operation
          const role: LimitRole = contextValue.viewer.role ?? 'ANONYMOUS';
          const limits = contextValue.config.queryLimits[role];
          if (request.query !== undefined) {
            const tokens = countTokens(request.query, limits.maxTokens);
            if (tokens > limits.maxTokens)
              throw tooComplex('maxTokens', limits.maxTokens, `more than ${limits.maxTokens}`, role);
          }
          const { aliases, directives } = countAliasesAndDirectives(document);
          if (aliases > limits.maxAliases) throw tooComplex('maxAliases', limits.maxAliases, aliases, role);
          if (directives > limits.maxDirectives)
            throw tooComplex('maxDirectives', limits.maxDirectives, directives, role);
          const fragments = fragmentsOf(document);
          const depth = selectionDepth(operation.selectionSet, fragments);
          if (depth > limits.maxDepth) throw tooComplex('maxDepth', limits.maxDepth, depth, role);
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, limits.maxCost);
          if (cost > limits.maxCost)
            throw tooComplex('maxCost', limits.maxCost, `more than ${limits.maxCost}`, role);
        },
      };
    },
  };
}
