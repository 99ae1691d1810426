import { ClientError, GraphQLClient } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { authHeaders } from './session';

/** A GraphQL error as the console shows it: the server's message, its code and the field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

const client = new GraphQLClient(new URL('/graphql', window.location.origin).toString(), {
  headers: () => authHeaders(),
});

function toApiError(error: unknown): ApiError {
  if (error instanceof ClientError) {
    const first = error.response.errors?.[0];
    if (first) {
      const extensions = (first.extensions ?? {}) as { code?: string; field?: string };
      return new ApiError(first.message, extensions.code, extensions.field);
    }
    return new ApiError(`The server answered ${error.response.status}`, undefined, undefined);
  }
  return new ApiError(error instanceof Error ? error.message : String(error), undefined, undefined);
}

/** Runs a typed operation as the signed-in key; throws ApiError on any GraphQL or HTTP error. */
export async function request<TResult, TVariables extends object>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  try {
    return await client.request<TResult>({ document, variables: variables[0] as object });
  } catch (error) {
    throw toApiError(error);
  }
}
