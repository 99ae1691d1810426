import type { Prisma, Video } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import type { FeatureSequence } from '../ml/index.js';
import { clientError, ErrorCode, notFound } from '../errors.js';
import { checkFeatures, featureRowData, type FeatureRole } from './media-features.js';
import { nonEmpty, numberInRange, DURATION_RANGE } from './validation.js';

type Tx = Prisma.TransactionClient;

/** A reference video's fields; `undefined` leaves a field unchanged, `null` clears it. */
export interface VideoFields {
  title?: string | null;
  onScreenText?: string | null;
  captions?: string | null;
  durationSec?: number | null;
  source?: string | null;
  externalId?: string | null;
  visual?: FeatureSequence | null;
  audio?: FeatureSequence | null;
}

const MAX_CUE_LENGTH = 10_000;

function optionalText(value: string | null | undefined, field: string, max: number) {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : nonEmpty(trimmed, field, max);
}

/** Validates every field before anything is written; errors name the input field. */
function videoColumns(input: VideoFields, creating: boolean) {
  if (creating || input.title !== undefined) {
    if (input.title == null)
      throw clientError(ErrorCode.BAD_USER_INPUT, 'input.title must not be null', { field: 'input.title' });
  }
  return {
    ...(input.title != null ? { title: nonEmpty(input.title, 'input.title') } : {}),
    ...(input.onScreenText !== undefined
      ? { onScreenText: optionalText(input.onScreenText, 'input.onScreenText', MAX_CUE_LENGTH) }
      : {}),
    ...(input.captions !== undefined
      ? { captions: optionalText(input.captions, 'input.captions', MAX_CUE_LENGTH) }
      : {}),
    ...(input.durationSec !== undefined
      ? {
          durationSec:
            input.durationSec === null
              ? null
              : numberInRange(input.durationSec, DURATION_RANGE.min, DURATION_RANGE.max, 'input.durationSec'),
        }
      : {}),
    ...(input.source !== undefined ? { source: optionalText(input.source, 'input.source', 100) } : {}),
    ...(input.externalId !== undefined
      ? { externalId: optionalText(input.externalId, 'input.externalId', 200) }
      : {}),
  };
}

function checkedFeatures(input: VideoFields) {
  const parts: Array<[FeatureRole, FeatureSequence | null]> = [];
  if (input.visual !== undefined)
    parts.push(['videoVisual', input.visual && checkFeatures(input.visual, 'videoVisual', 'input.visual')]);
  if (input.audio !== undefined)
    parts.push(['videoAudio', input.audio && checkFeatures(input.audio, 'videoAudio', 'input.audio')]);
  return parts;
}

async function writeFeatures(
  tx: Tx,
  videoId: string,
  parts: ReturnType<typeof checkedFeatures>,
  source: string,
) {
  for (const [role, seq] of parts) {
    const kind = role === 'videoVisual' ? 'VISUAL' : 'AUDIO';
    if (seq === null) {
      await tx.mediaFeature.deleteMany({ where: { videoId, kind } });
      continue;
    }
    const row = featureRowData(seq, role, source);
    await tx.mediaFeature.upsert({
      where: { videoId_kind: { videoId, kind } },
      create: { ...row, videoId },
      update: row,
    });
  }
}

async function assertExternalIdFree(tx: Tx, externalId: string | null | undefined, exceptId?: string) {
  if (!externalId) return;
  const owner = await tx.video.findUnique({ where: { externalId }, select: { id: true } });
  if (owner && owner.id !== exceptId)
    throw clientError(ErrorCode.CONFLICT, `A video with externalId ${externalId} already exists`, {
      field: 'input.externalId',
      existingId: owner.id,
    });
}

export interface CreateVideoOptions {
  /** Who computed the features (media_feature.source); default "api". */
  featureSource?: string;
  /** More writes that land in the same transaction (media ingest: a paired track, the job). */
  alsoInTransaction?: (tx: Tx, video: Video) => Promise<void>;
  /** Prisma's interactive-transaction limits, ms (its defaults: 2 s wait, 5 s run). */
  transaction?: { maxWait?: number; timeout?: number };
}

export async function createVideo(
  db: Db,
  input: VideoFields,
  options: CreateVideoOptions = {},
): Promise<Video> {
  const columns = videoColumns(input, true);
  const features = checkedFeatures(input);
  return db.$transaction(async (tx) => {
    await assertExternalIdFree(tx, columns.externalId);
    const video = await tx.video.create({
      data: { title: columns.title!, ...columns, source: columns.source ?? 'api' },
    });
    await writeFeatures(tx, video.id, features, options.featureSource ?? 'api');
    await options.alsoInTransaction?.(tx, video);
    return video;
  }, options.transaction);
}

export async function updateVideo(db: Db, id: string, input: VideoFields): Promise<Video> {
  const columns = videoColumns(input, false);
  const features = checkedFeatures(input);
  return db.$transaction(async (tx) => {
    const existing = await tx.video.findUnique({ where: { id } });
    if (!existing) throw notFound('Video', id);
    await assertExternalIdFree(tx, columns.externalId, id);
    await writeFeatures(tx, id, features, 'api');
    return tx.video.update({ where: { id }, data: columns });
  });
}

/** Deletes the video; its features and training pairs go with it (foreign keys cascade). */
export async function deleteVideo(db: Db, id: string): Promise<void> {
  const { count } = await db.video.deleteMany({ where: { id } });
  if (count === 0) throw notFound('Video', id);
}
