import { GraphQLError } from 'graphql';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql.js';
import { requireRole } from '../../auth/roles.js';
import { countEmbeddings } from '../../db/vectors.js';
import { cancelTraining, startTraining } from '../../jobs/training-service.js';
import { epochValidation, runResult } from '../../jobs/training-views.js';
import { requestObjectives, type TrainingRequest } from '../../jobs/training-input.js';
import { activateVersion, normalizeMetrics, rollbackModel, validationR10 } from '../../models/registry.js';
import { unfamiliarTrackCount, versionFrontEnd, versionObjectives } from '../../models/model-front-ends.js';
import { toConnection } from '../connection.js';
import { fromGlobalId, toGlobalId } from '../ids.js';
import {
  afterCreated,
  createdPositionOf,
  decodeCursor,
  pageSize,
  type CreatedPosition,
} from '../pagination.js';

export const trainingQueries: Pick<QueryResolvers, 'trainingRun' | 'trainingRuns'> = {
  trainingRun: (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'VIEWER', 'Reading training runs');
    return ctx.db.trainingRun.findUnique({ where: { id: fromGlobalId(id, 'TrainingRun') } });
  },
  trainingRuns: async (_, { first, after }, ctx) => {
    requireRole(ctx.viewer, 'VIEWER', 'Reading training runs');
    const size = pageSize(first);
    const scope = 'trainingRuns';
    const position = after ? decodeCursor<CreatedPosition>(after, scope) : null;
    const rows = await ctx.db.trainingRun.findMany({
      where: afterCreated(position, 'desc'),
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
    });
    return toConnection(rows, size, scope, createdPositionOf, position !== null, () =>
      ctx.db.trainingRun.count(),
    );
  },
};

/** The domain names the running run by database id; clients get its global id (Node.id). */
function withGlobalRunId(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || typeof error.extensions.runningRunId !== 'string') return error;
  const extensions = error.extensions;
  const runningRunId = toGlobalId('TrainingRun', extensions.runningRunId as string);
  return new GraphQLError(`${error.message} (run ${runningRunId})`, {
    extensions: { ...extensions, runningRunId },
  });
}

export const trainingMutations: Pick<
  MutationResolvers,
  'startTraining' | 'cancelTraining' | 'activateModel' | 'rollbackModel'
> = {
  startTraining: async (_, { input }, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'startTraining');
    try {
      return await startTraining(ctx.db, input, ctx.viewer.keyName, { modelsDir: ctx.config.modelsDir });
    } catch (error) {
      throw withGlobalRunId(error);
    }
  },
  cancelTraining: (_, { id }, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'cancelTraining');
    return cancelTraining(ctx.db, fromGlobalId(id, 'TrainingRun'));
  },
  activateModel: (_, { id, force }, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'activateModel');
    return activateVersion(ctx.db, fromGlobalId(id, 'ModelVersion'), {
      concurrentIndex: !ctx.config.embeddedDatabase,
      force: force ?? false,
    });
  },
  rollbackModel: (_, __, ctx) => {
    requireRole(ctx.viewer, 'ADMIN', 'rollbackModel');
    return rollbackModel(ctx.db, { concurrentIndex: !ctx.config.embeddedDatabase });
  },
};

export const trainingTypes: Resolvers = {
  TrainingRun: {
    id: (r) => toGlobalId('TrainingRun', r.id),
    losses: (r, { sinceStep }, ctx) =>
      ctx.db.trainingMetric.findMany({
        where: { runId: r.id, kind: 'STEP', ...(sinceStep != null ? { step: { gt: sinceStep } } : {}) },
        orderBy: { step: 'asc' },
      }),
    validation: async (r, _, ctx) =>
      (
        await ctx.db.trainingMetric.findMany({
          where: { runId: r.id, kind: 'EPOCH' },
          orderBy: { step: 'asc' },
        })
      ).map(epochValidation),
    input: (r) => JSON.stringify(r.input),
    modelVersion: (r, _, ctx) =>
      r.modelVersionId ? ctx.db.modelVersion.findUnique({ where: { id: r.modelVersionId } }) : null,
    parentModel: (r, _, ctx) =>
      r.parentModelId ? ctx.db.modelVersion.findUnique({ where: { id: r.parentModelId } }) : null,
    newModelScore: (r) => runResult(r).validation?.newScore ?? null,
    activeModelScore: (r) => runResult(r).validation?.activeScore ?? null,
    comparison: (r) => {
      const c = runResult(r).comparison;
      return c
        ? {
            pairs: c.pairs,
            metric: c.metric,
            newModel: c.newModel,
            activeModel: c.activeModel,
            gain: c.gain,
            better: c.better,
          }
        : null;
    },
    settings: (r) => runResult(r).settings ?? null,
    objectives: (r) => requestObjectives((r.input as unknown as Partial<TrainingRequest> | null) ?? {}),
    leftOut: (r) => runResult(r).leftOut ?? [],
    warmStart: (r) => (r.input as unknown as Partial<TrainingRequest> | null)?.warmStart ?? false,
    activated: (r) => runResult(r).activated ?? false,
    durationSec: (r) =>
      r.startedAt ? ((r.finishedAt ?? new Date()).getTime() - r.startedAt.getTime()) / 1000 : null,
  },
  TrainingRunConnection: { totalCount: (c) => c.totalCount() },
  ModelVersion: {
    metrics: (m) => {
      const metrics = normalizeMetrics(m.metrics);
      return metrics ? JSON.stringify(metrics) : null;
    },
    validationR10: (m) => validationR10(m.metrics),
    parent: (m, _, ctx) =>
      m.parentId ? ctx.db.modelVersion.findUnique({ where: { id: m.parentId } }) : null,
    embeddedTracks: (m, _, ctx) => countEmbeddings(ctx.db, m.id),
    audioFrontEnd: (m) => versionFrontEnd(m.manifest, 'audio'),
    visualFrontEnd: (m) => versionFrontEnd(m.manifest, 'visual'),
    unfamiliarTracks: (m, _, ctx) => unfamiliarTrackCount(ctx.db, m.manifest),
    objectives: (m) => versionObjectives(m.manifest),
  },
};
