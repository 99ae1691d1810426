import type { TrackStatus } from '../generated/prisma/enums.js';
import type { AppConfig } from '../config.js';
import type { Database, Db } from '../db/client.js';
import { authenticate, type Viewer } from '../auth/api-keys.js';
import { visibleStatuses } from '../auth/roles.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { EmbedderPool } from '../models/embedders.js';
import type { RequestRecord } from '../observability/request-record.js';

/** Long-lived services the resolvers use, created once at start-up. */
export interface Services {
  embedders: EmbedderPool;
}

export interface GraphQLContext {
  db: Db;
  database: Database;
  config: AppConfig;
  viewer: Viewer;
  /** Track statuses this caller may see. */
  visible: readonly TrackStatus[];
  loaders: Loaders;
  services: Services;
  /** The HTTP request's log record (absent in-process): id, client address; plugins fill in the rest. */
  request?: RequestRecord;
}

export async function createContext(
  database: Database,
  config: AppConfig,
  services: Services,
  authorization: string | undefined,
  request?: RequestRecord,
): Promise<GraphQLContext> {
  const viewer = await authenticate(database.prisma, authorization);
  const visible = visibleStatuses(viewer);
  return {
    db: database.prisma,
    database,
    config,
    viewer,
    visible,
    loaders: createLoaders(database.prisma, visible),
    services,
    request,
  };
}
