import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../../errors.js';
import { observeRequest } from '../../observability/request-metrics.js';
import type { GraphQLContext } from '../context.js';
import { OUTAGE_RETRY_AFTER_S } from '../database-failure.js';

/**
 * Per operation: its latency in the request histogram (by operation name and outcome), and the
 * operation name, caller's key id and error codes on the HTTP request's log record. An error
 * raised mid-execution during an outage (SERVICE_UNAVAILABLE from formatError) turns the whole
 * response into 503 with Retry-After, so a client can retry on the status alone.
 */
export function observability(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      let operationName = request.operationName ?? null;
      return {
        async didResolveOperation(ctx) {
          operationName = ctx.operationName ?? operationName;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
          if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_S));
          }
          observeRequest(operationName, codes[0] ?? 'ok', (performance.now() - started) / 1000);
          const record = contextValue.request;
          if (record) {
            record.operationName = operationName;
            record.keyId = contextValue.viewer.keyId;
            record.errorCodes = [...new Set(codes)];
          }
        },
      };
    },
  };
}
