import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitRole } from '../../config.js';
import { ErrorCode } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { operationCost } from './query-cost.js';
import { fragmentsOf } from './query-shape.js';

function rateLimited(retryAfter: number, points: number, windowSeconds: number, cost: number) {
  return new GraphQLError(
    `Rate limit reached: ${points} query-cost points per ${windowSeconds} s (this query costs ${cost}); retry in ${retryAfter} s`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter,
        limit: points,
        windowSeconds,
        cost,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
      },
    },
  );
}

/**
 * Rate limits counted in query cost (the cost model of query-cost.ts, so one search costs as
 * much as it weighs), per API key for callers with a key and per client IP for anonymous ones,
 * with the points of the caller's role per fixed window (config.rateLimits; 0 points: no limit,
 * the ADMIN default). They guard the HTTP edge: operations run in-process (tests, scripts) have
 * no client and are not counted. An operation past its role's maxCost is left to queryLimits(),
 * which refuses it, and costs the caller nothing here.
 */
export function rateLimit(): ApolloServerPlugin<GraphQLContext> {
  // One limiter per (role, points, window): the config is per request (tests vary it).
  const limiters = new Map<string, RateLimiterMemory>();
  const limiterFor = (role: LimitRole, points: number, duration: number) => {
    const name = `${role}:${points}:${duration}`;
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points, duration, keyPrefix: name });
      limiters.set(name, limiter);
    }
    return limiter;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, document, schema, contextValue }) {
          const { rateLimits, queryLimits } = contextValue.config;
          const client = contextValue.request;
          if (!operation || !rateLimits.enabled || !client) return;
          const { viewer } = contextValue;
          const role: LimitRole = viewer.role ?? 'ANONYMOUS';
          const points = rateLimits.points[role];
          const key = viewer.keyId
            ? `key:${viewer.keyId}`
            : client.clientAddress && `ip:${client.clientAddress}`;
          if (points === 0 || !key) return;
          const maxCost = queryLimits[role].maxCost;
          const cost = operationCost(
            schema,
            operation,
            fragmentsOf(document),
            request.variables ?? {},
            maxCost,
          );
          if (cost > maxCost || cost === 0) return;
          try {
            await limiterFor(role, points, rateLimits.windowSeconds).consume(key, cost);
          } catch (refusal) {
            if (!(refusal instanceof RateLimiterRes)) throw refusal;
            const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
            throw rateLimited(retryAfter, points, rateLimits.windowSeconds, cost);
          }
        },
      };
    },
  };
}
