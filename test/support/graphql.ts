import type { ApolloServer } from '@apollo/server';
import type { ApiRole } from '../../src/generated/prisma/enums.js';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig, type AppConfig } from '../../src/config.js';
import type { Database } from '../../src/db/client.js';
import { createApolloServer } from '../../src/graphql/apollo.js';
import { createContext, type GraphQLContext, type Services } from '../../src/graphql/context.js';
import { EmbedderPool } from '../../src/models/embedders.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: ReadonlyArray<{
    message: string;
    path?: ReadonlyArray<string | number>;
    extensions?: Record<string, unknown>;
  }>;
}

export interface TestApi {
  apollo: ApolloServer<GraphQLContext>;
  config: AppConfig;
  keys: Record<ApiRole, string>;
  services: Services;
  /** Runs an operation in-process as `as` (a role, or anonymous when omitted). */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: ApiRole,
  ): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export async function createTestApi(
  database: Database,
  overrides: Partial<AppConfig> = {},
): Promise<TestApi> {
  const config = { ...loadConfig(), ...overrides };
  const apollo = createApolloServer(config);
  await apollo.start();
  const services: Services = { embedders: new EmbedderPool(config.modelsDir) };
  const keys = {} as Record<ApiRole, string>;
  for (const role of ['ADMIN', 'EDITOR', 'VIEWER'] as const) {
    keys[role] = (await createApiKey(database.prisma, `test ${role.toLowerCase()}`, role)).secret;
  }
  return {
    apollo,
    config,
    keys,
    services,
    async run<T>(query: string, variables?: Record<string, unknown>, as?: ApiRole) {
      const contextValue = await createContext(
        database,
        config,
        services,
        as ? `Bearer ${keys[as]}` : undefined,
      );
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult<T>;
    },
    async stop() {
      await apollo.stop();
      await services.embedders.closeAll();
    },
  };
}

/** The error codes of a result, in order. */
export function codes(result: GraphQLResult): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
