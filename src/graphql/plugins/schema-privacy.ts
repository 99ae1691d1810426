import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { perDocument } from './per-document.js';

// graphql-js appends these to validation and coercion messages: ` Did you mean "title"?`,
// ` Did you mean the enum value "ACTIVE"?`, ` Did you mean "a", "b", or "c"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

const usesIntrospection = perDocument((document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
});

/**
 * Keeps the schema's shape to those it is meant for: with `config.introspection` off,
 * `__schema` and `__type` are refused (as Apollo's own `introspection: false` does, with
 * GRAPHQL_VALIDATION_FAILED); with `config.suggestions` off, "Did you mean" hints, which
 * reveal field, type and enum names one guess at a time, are cut from every error message.
 * Both read the request's config, so both default to off when NODE_ENV=production.
 */
export function schemaPrivacy(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.config.introspection || !usesIntrospection(document)) return;
          throw new GraphQLError('GraphQL introspection is not allowed here', {
            extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
          });
        },
        async willSendResponse({ response, contextValue }) {
          if (contextValue.config.suggestions || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors) return;
          result.errors = result.errors.map((error) => {
            const message = error.message.replace(SUGGESTION, '');
            return message === error.message ? error : { ...error, message };
          });
        },
      };
    },
  };
}
