import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import type { Db } from '../../db/client.js';
import { syntheticIsrc } from '../../catalog/synthetic-isrc.js';
import { toTrackColumns } from '../../catalog/track-fields.js';
import type { EmbedderPool } from '../../models/embedders.js';
import { MediaError } from '../errors.js';
import { mediaDir, removeFileIfUnreferenced, SNIFF_BYTES, sniffMedia } from '../uploads/index.js';
import { failureReason } from './media-errors.js';
import { prepareTrackAudio, writePreparedTrackAudio, type PreparedTrackAudio } from './track-audio.js';

/** What happened to one file of a batch. */
export interface FileIngestResult {
  file: string;
  status: 'created' | 'updated' | 'unchanged' | 'failed';
  trackId?: string;
  isrc?: string;
  title?: string;
  durationS?: number;
  reason?: string;
  seconds: number;
  /** Where the time went, for a file that was decoded (ms). */
  timings?: PreparedTrackAudio['timings'];
}

export interface FileIngestEnvironment {
  db: Db;
  embedders: EmbedderPool;
  dataDir: string;
  maxSeconds: number;
  log?: (message: string) => void;
}

const ISRC_IN_NAME = /(?:^|[^A-Z0-9])([A-Z]{2}-?[A-Z0-9]{3}-?\d{2}-?\d{5})(?![A-Z0-9])/i;
const AUDIO_EXTENSIONS = /\.(wav|mp3|ogg|oga|opus|flac|m4a|aac|mp4|webm|mka|aiff?)$/i;

/** Files named on the command line, folders walked (recursively) for audio by extension, sorted. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (!info.isDirectory()) {
      out.push(path.resolve(p));
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    for (const e of entries)
      if (e.isFile() && AUDIO_EXTENSIONS.test(e.name)) out.push(path.resolve(e.parentPath, e.name));
  }
  return [...new Set(out)].sort();
}

async function hashAndSniff(file: string) {
  const handle = await open(file);
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const type = await sniffMedia(head.subarray(0, bytesRead));
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ start: 0, autoClose: false }))
      hash.update(chunk as Buffer);
    const size = (await handle.stat()).size;
    return { type, sha256: hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
}

/** The file name without its extension, and without an ISRC in it ("USRC17607839 - Song" is "Song"). */
export function titleFromName(base: string): string {
  const stem = base.replace(/\.[^.]+$/, '');
  const title = stem
    .replace(ISRC_IN_NAME, ' ')
    .replace(/^[\s_.-]+|[\s_.-]+$/g, '')
    .trim();
  return title || stem.trim() || base;
}

/**
 * The ISRC and title a file's tags (or, for the ISRC, its name) give; tags that fail to parse
 * give none. `name` is the file's own name when `file` is a stored copy (an upload).
 */
export async function fileTags(
  file: string,
  name = path.basename(file),
): Promise<{ isrc: string | null; title: string | null }> {
  const base = name;
  const tags = await parseFile(file, { duration: false, skipCovers: true }).catch(() => null);
  const candidates = [...(tags?.common.isrc ?? []), ISRC_IN_NAME.exec(base)?.[1]];
  const isrc =
    candidates
      .map((c) => c?.replace(/-/g, '').trim().toUpperCase())
      .find((c) => c && /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(c)) ?? null;
  return { isrc, title: tags?.common.title?.trim() || null };
}

/**
 * Ingests one audio file as a track, all or nothing: features, embeddings, the track (created or
 * updated), the kept media and the job record land in one transaction. The track is the one
 * holding the ISRC from the tags or the file name; else a new track titled from the tags or
 * the file name (without extension), with a synthetic ISRC from the content. The same bytes
 * ingested again are `unchanged`: the content hash finds the earlier ingest.
 */
export async function ingestAudioFile(env: FileIngestEnvironment, file: string): Promise<FileIngestResult> {
  const started = performance.now();
  const base = path.basename(file);
  const seconds = () => (performance.now() - started) / 1000;
  let kept: string | null = null;
  try {
    const { type, sha256, size } = await hashAndSniff(file);
    if (!type) throw new MediaError('UNSUPPORTED_CODEC', `${base} is not an audio or video file.`);
    const earlier = await env.db.ingestJob.findFirst({
      where: { kind: 'TRACK_AUDIO', sha256, status: 'DONE', trackId: { not: null } },
      select: { trackId: true },
    });
    if (earlier?.trackId) {
      const track = await env.db.track.findUnique({ where: { id: earlier.trackId } });
      if (track)
        return {
          file,
          status: 'unchanged',
          trackId: track.id,
          isrc: track.isrc,
          title: track.title,
          durationS: track.durationSec,
          seconds: seconds(),
        };
    }
    const tags = await fileTags(file);
    const existing = tags.isrc ? await env.db.track.findUnique({ where: { isrc: tags.isrc } }) : null;
    const prepared = await prepareTrackAudio(env.db, env.embedders, existing?.id ?? null, file, {
      maxSeconds: env.maxSeconds,
      source: 'ingest',
    });
    kept = path.join(mediaDir(env.dataDir), `${sha256}.${type.ext}`);
    await mkdir(mediaDir(env.dataDir), { recursive: true });
    await copyFile(file, kept);
    const title = tags.title ?? titleFromName(base);
    const keptPath = kept;
    const track = await env.db.$transaction(
      async (tx) => {
        let isrc = tags.isrc;
        for (let attempt = 0; !isrc; attempt += 1) {
          const candidate = syntheticIsrc(`ingest:${sha256}`, attempt);
          if (!(await tx.track.findUnique({ where: { isrc: candidate }, select: { id: true } })))
            isrc = candidate;
        }
        const row = existing
          ? await tx.track.update({ where: { id: existing.id }, data: { updatedAt: new Date() } })
          : await tx.track.create({
              data: toTrackColumns({ isrc, title, durationSec: prepared.durationS }, true, '') as {
                isrc: string;
                title: string;
                durationSec: number;
              },
            });
        await writePreparedTrackAudio(tx, row.id, prepared, { keyId: null, source: 'cli:ingest' });
        const upload = await tx.upload.create({
          data: {
            purpose: 'CATALOG',
            sha256,
            size: BigInt(size),
            mime: type.mime,
            path: keptPath,
            fileName: base,
          },
        });
        const now = new Date();
        await tx.ingestJob.create({
          data: {
            kind: 'TRACK_AUDIO',
            status: 'DONE',
            sha256,
            uploadId: upload.id,
            trackId: row.id,
            attempts: 1,
            options: { source: 'cli', file: base },
            startedAt: new Date(Date.now() - seconds() * 1000),
            finishedAt: now,
          },
        });
        return row;
      },
      // The embedded database has one connection: a batch's transactions queue for it.
      { maxWait: 60_000, timeout: 60_000 },
    );
    return {
      file,
      status: existing ? 'updated' : 'created',
      trackId: track.id,
      isrc: track.isrc,
      title: track.title,
      durationS: prepared.durationS,
      seconds: seconds(),
      timings: prepared.timings,
    };
  } catch (error) {
    if (kept) await removeFileIfUnreferenced(env.db, kept).catch(() => undefined);
    const { reason, userError } = failureReason(error);
    if (!userError) env.log?.(`[ingest] ${base}: ${(error as Error).stack ?? String(error)}`);
    return {
      file,
      status: 'failed',
      reason: userError ? reason : `${reason}: ${(error as Error).message}`,
      seconds: seconds(),
    };
  }
}

/**
 * A batch: each file on its own (a bad one fails alone and the batch goes on), `concurrency` at
 * a time (decoding runs in ffmpeg processes, so two files use two cores), results in input order.
 */
export async function ingestAudioFiles(
  env: FileIngestEnvironment,
  files: readonly string[],
  options: { concurrency?: number; onResult?: (result: FileIngestResult, done: number) => void } = {},
): Promise<FileIngestResult[]> {
  const results: FileIngestResult[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await ingestAudioFile(env, files[i]!);
      options.onResult?.(results[i]!, ++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, lane));
  return results;
}
