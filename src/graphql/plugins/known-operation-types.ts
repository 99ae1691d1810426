import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * A `subscription` (or any operation) whose root type the schema lacks is an invalid document.
 * graphql-js 16 only notices it at execution ("Schema is not configured to execute subscription
 * operation"), as an error without a code, which formatError masked as INTERNAL_SERVER_ERROR.
 * This is the proposed validation rule "Operation Type Exists" (graphql/graphql-spec#1098;
 * KnownOperationTypes, graphql/graphql-js#3601), so the answer is GRAPHQL_VALIDATION_FAILED with
 * HTTP 400, before anything runs.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(
        `This API has no ${node.operation} operations (the schema defines no ${node.operation} type)`,
        {
          nodes: node,
        },
      ),
    );
  },
});
