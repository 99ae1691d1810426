import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureDtype, FeatureSequence } from '../features/feature-sequence.js';
import { checkCompatible } from './dataset.js';
import type { DatasetPair, DatasetTrack, DatasetVideo, Split, TrainingDataset } from './dataset.js';

/*
 * On-disk dataset format "vmr-dataset/1" (documented in docs/ml.md):
 *   <dir>/manifest.json   ids, text, pairs, splits, compatibility, unpaired held-out tracks, and for each
 *                         feature sequence {file, offset, frames, dim, dtype}
 *   <dir>/*.bin           raw little-endian rows (frames × dim), uint8 or float32,
 *                         each sequence starting at a 4-byte-aligned offset
 */

export const DATASET_FORMAT = 'vmr-dataset/1';

interface SeqRef {
  file: string;
  offset: number;
  frames: number;
  dim: number;
  dtype: FeatureDtype;
}

interface DiskManifest {
  format: string;
  name: string;
  videos: { id: string; visual?: SeqRef; audio?: SeqRef; text?: DatasetVideo['text'] }[];
  tracks: { id: string; audio: SeqRef }[];
  pairs: DatasetPair[];
  compatible?: Record<string, string[]>;
  /** Added in place to vmr-dataset/1 (optional, so older directories read unchanged). */
  unpairedTracks?: Partial<Record<Split, string[]>>;
  meta?: Record<string, unknown>;
  files: Record<string, { bytes: number; sha256: string }>;
}

class BinWriter {
  private parts: Uint8Array[] = [];
  private size = 0;
  constructor(readonly file: string) {}

  add(s: FeatureSequence): SeqRef {
    const pad = (4 - (this.size % 4)) % 4;
    if (pad) this.push(new Uint8Array(pad));
    const ref = { file: this.file, offset: this.size, frames: s.frames, dim: s.dim, dtype: s.dtype };
    this.push(new Uint8Array(s.data.buffer, s.data.byteOffset, s.data.byteLength));
    return ref;
  }

  private push(b: Uint8Array): void {
    this.parts.push(b);
    this.size += b.length;
  }

  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export async function writeDatasetToDisk(ds: TrainingDataset, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const visual = new BinWriter('video-visual.bin');
  const audio = new BinWriter('video-audio.bin');
  const music = new BinWriter('track-audio.bin');
  const manifest: DiskManifest = {
    format: DATASET_FORMAT,
    name: ds.name,
    videos: ds.videos.map((v) => ({
      id: v.id,
      ...(v.visual ? { visual: visual.add(v.visual) } : {}),
      ...(v.audio ? { audio: audio.add(v.audio) } : {}),
      ...(v.text ? { text: v.text } : {}),
    })),
    tracks: ds.tracks.map((t) => ({ id: t.id, audio: music.add(t.audio) })),
    pairs: ds.pairs,
    ...(ds.compatible ? { compatible: ds.compatible } : {}),
    ...(ds.unpairedTracks ? { unpairedTracks: ds.unpairedTracks } : {}),
    ...(ds.meta ? { meta: ds.meta } : {}),
    files: {},
  };
  for (const w of [visual, audio, music]) {
    const b = w.bytes();
    await writeFile(join(dir, w.file), b);
    manifest.files[w.file] = { bytes: b.length, sha256: createHash('sha256').update(b).digest('hex') };
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

function view(files: Map<string, Buffer>, ref: SeqRef, where: string): FeatureSequence {
  const buf = files.get(ref.file);
  if (!buf) throw new RangeError(`dataset: ${where} references unknown file '${ref.file}'`);
  const n = ref.frames * ref.dim;
  const bytes = n * (ref.dtype === 'float32' ? 4 : 1);
  if (ref.offset + bytes > buf.length)
    throw new RangeError(`dataset: ${where} reads past the end of ${ref.file}`);
  const start = buf.byteOffset + ref.offset;
  const data =
    ref.dtype === 'float32' ? new Float32Array(buf.buffer, start, n) : new Uint8Array(buf.buffer, start, n);
  return { frames: ref.frames, dim: ref.dim, dtype: ref.dtype, data };
}

export async function loadDatasetFromDisk(dir: string): Promise<TrainingDataset> {
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new RangeError(
      `dataset: ${dir} has no readable manifest.json (not a ${DATASET_FORMAT} directory?)`,
    );
  }
  let m: DiskManifest;
  try {
    m = JSON.parse(text) as DiskManifest;
  } catch (error) {
    throw new RangeError(`dataset: ${join(dir, 'manifest.json')} is not JSON: ${(error as Error).message}`);
  }
  if (m.format !== DATASET_FORMAT)
    throw new RangeError(`dataset: ${dir} has format '${m.format}', expected '${DATASET_FORMAT}'`);
  const files = new Map<string, Buffer>();
  for (const [name, spec] of Object.entries(m.files ?? {})) {
    let raw: Buffer;
    try {
      raw = await readFile(join(dir, name));
    } catch {
      throw new RangeError(`dataset: ${join(dir, name)} is listed in manifest.json but cannot be read`);
    }
    // Verify what the manifest promises, so a truncated copy or an edited file fails here,
    // naming the file, rather than as odd features deep inside training or an import.
    if (raw.length !== spec.bytes)
      throw new RangeError(
        `dataset: ${join(dir, name)} has ${raw.length} bytes, manifest.json says ${spec.bytes}`,
      );
    const sha = createHash('sha256').update(raw).digest('hex');
    if (sha !== spec.sha256)
      throw new RangeError(
        `dataset: ${join(dir, name)} has sha256 ${sha}, manifest.json says ${spec.sha256} (the file was changed or is corrupt)`,
      );
    // Copy into a fresh, aligned buffer: Node may pool small reads at odd offsets.
    const aligned = Buffer.from(new Uint8Array(raw).buffer);
    files.set(name, aligned);
  }
  const videos: DatasetVideo[] = m.videos.map((v) => ({
    id: v.id,
    ...(v.visual ? { visual: view(files, v.visual, `video ${v.id}`) } : {}),
    ...(v.audio ? { audio: view(files, v.audio, `video ${v.id}`) } : {}),
    ...(v.text ? { text: v.text } : {}),
  }));
  const tracks: DatasetTrack[] = m.tracks.map((t) => ({
    id: t.id,
    audio: view(files, t.audio, `track ${t.id}`),
  }));
  const ds: TrainingDataset = {
    name: m.name,
    videos,
    tracks,
    pairs: m.pairs,
    ...(m.compatible ? { compatible: m.compatible } : {}),
    ...(m.unpairedTracks ? { unpairedTracks: m.unpairedTracks } : {}),
    ...(m.meta ? { meta: m.meta } : {}),
  };
  checkCompatible(ds);
  return ds;
}
