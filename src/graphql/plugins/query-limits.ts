import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { LimitRole, QueryLimits } from '../../config.js';
import { ErrorCode } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { operationCost } from './query-cost.js';
import { perDocument } from './per-document.js';
import { countAliasesAndDirectives, countTokens, fragmentsOf, selectionDepth } from './query-shape.js';

// What depends on the document alone is measured once per document (per-document.ts). Every
// document here was parsed under the parser's token ceiling (apollo.ts: the highest role's
// maxTokens), so counting all its tokens is bounded by that ceiling.
const documentShape = perDocument((document: DocumentNode) => {
  const fragments = fragmentsOf(document);
  const depths = new Map<OperationDefinitionNode, number>();
  return {
    tokens: document.loc ? countTokens(document.loc.source.body, Infinity) : 0,
    ...countAliasesAndDirectives(document),
    fragments,
    depthOf(operation: OperationDefinitionNode): number {
      let depth = depths.get(operation);
      if (depth === undefined)
        depths.set(operation, (depth = selectionDepth(operation.selectionSet, fragments)));
      return depth;
    },
  };
});

function tooComplex(limit: keyof QueryLimits, max: number, actual: number | string, role: LimitRole) {
  return new GraphQLError(`Query exceeds ${limit} ${max} for ${role} callers (got ${actual})`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max, http: { status: 400 } },
  });
}

/**
 * Refuses operations past the caller's role's QueryLimits (src/config.ts) before any resolver
 * runs. Apollo's validation rules are one set per server and run before the caller is known
 * to them, so the per-role limits live here, at didResolveOperation, where both the document
 * and `contextValue.viewer` are at hand. The document's shape is measured once per document;
 * the cost, which variables can change, on every request, and it stops counting once past the
 * limit, so a hostile document is refused in time proportional to the limit.
 */
export function queryLimits(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          if (!operation) return; // Apollo refuses it next, naming the missing operation
          const role: LimitRole = contextValue.viewer.role ?? 'ANONYMOUS';
          const limits = contextValue.config.queryLimits[role];
          const shape = documentShape(document);
          if (shape.tokens > limits.maxTokens)
            throw tooComplex('maxTokens', limits.maxTokens, `more than ${limits.maxTokens}`, role);
          if (shape.aliases > limits.maxAliases)
            throw tooComplex('maxAliases', limits.maxAliases, shape.aliases, role);
          if (shape.directives > limits.maxDirectives)
            throw tooComplex('maxDirectives', limits.maxDirectives, shape.directives, role);
          const depth = shape.depthOf(operation);
          if (depth > limits.maxDepth) throw tooComplex('maxDepth', limits.maxDepth, depth, role);
          const cost = operationCost(
            schema,
            operation,
            shape.fragments,
            request.variables ?? {},
            limits.maxCost,
          );
          if (cost > limits.maxCost)
            throw tooComplex('maxCost', limits.maxCost, `more than ${limits.maxCost}`, role);
        },
      };
    },
  };
}
