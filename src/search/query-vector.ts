import type { ModelVersion } from '../generated/prisma/client.js';
import type { Db } from '../db/client.js';
import { FeatureInputError, type FeatureSequence, type VideoInput } from '../ml/index.js';
import { featureSequenceOf } from '../catalog/features.js';
import { badInput, clientError, ErrorCode, notFound } from '../errors.js';
import type { EmbedderPool } from '../models/embedders.js';
import { cachedQueryVector, queryVectorKey } from './query-vector-cache.js';
import { assertSameFrontEnd, modelFrontEnd } from '../media/front-end.js';

export interface FeatureInputArg {
  data: string;
  frames: number;
  dim: number;
  dtype?: 'FLOAT32' | 'UINT8' | null;
}

export interface VideoTextArg {
  title?: string | null;
  onScreenText?: string | null;
  captions?: string | null;
}

export interface VideoQueryArg {
  videoId?: string | null;
  visual?: FeatureInputArg | null;
  audio?: FeatureInputArg | null;
  text?: VideoTextArg | null;
}

/**
 * A video query's encoder input, with the front ends its features came from (stored or extracted
 * features record theirs; features sent raw have none: unspecified, accepted by any model).
 */
export interface VideoQueryInput extends VideoInput {
  frontEnds?: { visual?: string | null; audio?: string | null };
}

/** Decodes base64 features, checking the byte count against the declared shape. */
export function decodeFeatures(input: FeatureInputArg, field: string): FeatureSequence {
  const dtype = input.dtype ?? 'FLOAT32';
  for (const [name, value] of [
    ['frames', input.frames],
    ['dim', input.dim],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      throw badInput(`${field}.${name} must be a positive integer, got ${value}`, `${field}.${name}`);
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(input.data))
    throw badInput(`${field}.data is not base64`, `${field}.data`);
  const bytes = Buffer.from(input.data, 'base64');
  const width = dtype === 'FLOAT32' ? 4 : 1;
  const expected = input.frames * input.dim * width;
  if (bytes.length !== expected) {
    throw badInput(
      `${field}.data has ${bytes.length} bytes; ${input.frames} frames x ${input.dim} dims of ${dtype} need ${expected}`,
      `${field}.data`,
    );
  }
  const copy = new Uint8Array(bytes);
  return dtype === 'FLOAT32'
    ? { frames: input.frames, dim: input.dim, dtype: 'float32', data: new Float32Array(copy.buffer) }
    : { frames: input.frames, dim: input.dim, dtype: 'uint8', data: copy };
}

function cleanText(text: VideoTextArg | null | undefined): VideoInput['text'] | undefined {
  if (!text) return undefined;
  const out = {
    title: text.title?.trim() || undefined,
    onScreenText: text.onScreenText?.trim() || undefined,
    captions: text.captions?.trim() || undefined,
  };
  return out.title || out.onScreenText || out.captions ? out : undefined;
}

/**
 * Maps the ML module's input errors to client errors that name the problem and, as every
 * BAD_USER_INPUT does, the argument at fault (`field`): the ML module only knows `video[0]`.
 */
export async function embedOrBadInput<T>(run: () => Promise<T>, field: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FeatureInputError)
      throw clientError(ErrorCode.BAD_USER_INPUT, error.message, { reason: error.code, field });
    throw error;
  }
}

/**
 * Resolves a VideoQuery to the encoder's input: a catalog video (its stored features and text
 * cues), raw features (optionally with text cues: II-CLVTM), or text cues alone. Exactly one
 * kind is allowed, so a client never silently gets an answer to a different question.
 */
export async function videoInputOf(
  db: Db,
  query: VideoQueryArg,
  videoDbId: string | null,
): Promise<VideoQueryInput> {
  const kinds = [
    query.videoId ? 'videoId' : null,
    query.visual ? 'visual' : null,
    !query.visual && cleanText(query.text) ? 'text' : null,
  ].filter(Boolean);
  if (query.videoId && (query.visual || query.audio || query.text)) {
    throw badInput(
      'video: give a videoId alone, or features (with optional text), or text; not several kinds',
      'video',
    );
  }
  if (kinds.length === 0)
    throw badInput('video: give one of videoId, visual features, or text cues', 'video');
  if (query.audio && !query.visual)
    throw badInput('video.audio accompanies video.visual; it cannot be the query alone', 'video.audio');
  if (videoDbId) {
    const video = await db.video.findUnique({ where: { id: videoDbId }, include: { features: true } });
    if (!video) throw notFound('Video', videoDbId);
    const visual = video.features.find((f) => f.kind === 'VISUAL');
    const audio = video.features.find((f) => f.kind === 'AUDIO');
    const text = cleanText({
      title: video.title,
      onScreenText: video.onScreenText,
      captions: video.captions,
    });
    return {
      ...(visual ? { visual: featureSequenceOf(visual) } : {}),
      ...(visual && audio ? { audio: featureSequenceOf(audio) } : {}),
      ...(text ? { text } : {}),
      frontEnds: { visual: visual?.frontEnd ?? null, audio: (visual && audio?.frontEnd) || null },
    };
  }
  const text = cleanText(query.text);
  return {
    ...(query.visual ? { visual: decodeFeatures(query.visual, 'video.visual') } : {}),
    ...(query.audio ? { audio: decodeFeatures(query.audio, 'video.audio') } : {}),
    ...(text ? { text } : {}),
  };
}

/** Embeds a video query; features of a front end other than the model's are refused (FRONT_END_MISMATCH). */
export async function embedVideoQuery(
  embedders: EmbedderPool,
  version: ModelVersion,
  input: VideoQueryInput,
  field = 'video',
): Promise<Float32Array> {
  const embedder = await embedders.get(version);
  if (input.visual)
    assertSameFrontEnd(
      input.frontEnds?.visual ?? null,
      modelFrontEnd(embedder.manifest, 'visual'),
      'video.visual',
    );
  if (input.audio)
    assertSameFrontEnd(
      input.frontEnds?.audio ?? null,
      modelFrontEnd(embedder.manifest, 'audio'),
      'video.audio',
    );
  if (input.text && !embedder.manifest.hasText && !input.visual) {
    throw badInput(`model ${version.version} has no text encoder; give video features`, 'video.text');
  }
  return cachedQueryVector(queryVectorKey(version.id, input, field), async () => {
    const [vector] = await embedOrBadInput(() => embedder.embedVideo([input]), field);
    return vector!;
  });
}
