/**
 * Query excerpts for excerpt identification: a 15–30 s stretch of a held-out recording at a
 * seeded offset, degraded as a real upload differs from the master: a gain change (±3–6 dB),
 * white or pink noise at 20–30 dB SNR (measured on the excerpt itself, exactly), then a
 * low-bitrate MP3 (48–64 kbps). The true start and end in the recording are kept (a later issue
 * measures moment IoU). Excerpts are cached by their parameters.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Recording } from './corpus.js';

const run = promisify(execFile);
const RATE = 44_100;

export interface Excerpt {
  /** `<recording key>#<index>` */
  id: string;
  recordingKey: string;
  file: string;
  startS: number;
  endS: number;
  gainDb: number;
  noise: 'white' | 'pink';
  snrDb: number;
  codec: 'mp3';
  bitrateKbps: number;
}

/** mulberry32 seeded by a string: the same excerpt on every machine. */
export function seededUniform(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The excerpt's parameters, drawn from its seed; the length never exceeds the recording. */
export function excerptPlan(rec: Pick<Recording, 'key' | 'durationS'>, index: number, seed = 1) {
  const rand = seededUniform(`${seed}:${rec.key}#${index}`);
  const length = Math.min(15 + 15 * rand(), Math.max(1, rec.durationS - 0.5));
  const startS = Math.round((rec.durationS - length) * rand() * 100) / 100;
  const lengthS = Math.round(length * 100) / 100;
  const gainDb = Math.round((rand() < 0.5 ? -1 : 1) * (3 + 3 * rand()) * 10) / 10;
  const noise: 'white' | 'pink' = rand() < 0.5 ? 'white' : 'pink';
  const snrDb = Math.round((20 + 10 * rand()) * 10) / 10;
  const bitrateKbps = rand() < 0.5 ? 48 : 64;
  return { startS, endS: Math.round((startS + lengthS) * 100) / 100, gainDb, noise, snrDb, bitrateKbps };
}

async function decodeStretch(file: string, startS: number, lengthS: number): Promise<Float32Array> {
  const { stdout } = await run(
    'ffmpeg',
    [
      ...['-v', 'error', '-ss', String(startS), '-t', String(lengthS), '-i', file],
      ...['-map', '0:a:0', '-ac', '2', '-ar', String(RATE), '-f', 'f32le', 'pipe:1'],
    ],
    { encoding: 'buffer', maxBuffer: 1 << 28 },
  );
  const copy = new Uint8Array(stdout);
  return new Float32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}

/** Gaussian white noise or pink noise (Paul Kellet's refined filter), unit RMS, interleaved stereo. */
export function noiseSamples(n: number, kind: 'white' | 'pink', rand: () => number): Float32Array {
  const out = new Float32Array(n);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const state = [new Float64Array(7), new Float64Array(7)];
  for (let i = 0; i < n; i++) {
    const w = gauss();
    if (kind === 'white') out[i] = w;
    else {
      const b = state[i % 2]!;
      b[0] = 0.99886 * b[0]! + w * 0.0555179;
      b[1] = 0.99332 * b[1]! + w * 0.0750759;
      b[2] = 0.969 * b[2]! + w * 0.153852;
      b[3] = 0.8665 * b[3]! + w * 0.3104856;
      b[4] = 0.55 * b[4]! + w * 0.5329522;
      b[5] = -0.7616 * b[5]! - w * 0.016898;
      out[i] = b[0]! + b[1]! + b[2]! + b[3]! + b[4]! + b[5]! + b[6]! + w * 0.5362;
      b[6] = w * 0.115926;
    }
  }
  const rms = Math.sqrt(out.reduce((s, x) => s + x * x, 0) / n) || 1;
  for (let i = 0; i < n; i++) out[i] = out[i]! / rms;
  return out;
}

export const rmsOf = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / Math.max(1, x.length));

async function encodeMp3(samples: Float32Array, bitrateKbps: number, out: string): Promise<void> {
  const tmp = `${out}.part.mp3`;
  await new Promise<void>((resolve, reject) => {
    const p = spawn(
      'ffmpeg',
      [
        ...['-v', 'error', '-y', '-f', 'f32le', '-ar', String(RATE), '-ac', '2', '-i', 'pipe:0'],
        ...['-c:a', 'libmp3lame', '-b:a', `${bitrateKbps}k`, '-ar', '22050', tmp],
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg mp3: ${err.trim()}`))));
    p.stdin.end(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  });
  await rename(tmp, out);
}

/** Makes (or finds in the cache) excerpt `index` of a recording. */
export async function makeExcerpt(
  rec: Pick<Recording, 'key' | 'durationS' | 'file'>,
  index: number,
  options: { dir: string; seed?: number },
): Promise<Excerpt> {
  const seed = options.seed ?? 1;
  const plan = excerptPlan(rec, index, seed);
  const name = createHash('sha256')
    .update(JSON.stringify({ key: rec.key, index, seed, plan, v: 1 }))
    .digest('hex')
    .slice(0, 20);
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, `${name}.mp3`);
  const meta = `${file}.json`;
  const excerpt: Excerpt = {
    id: `${rec.key}#${index}`,
    recordingKey: rec.key,
    file,
    ...plan,
    codec: 'mp3',
  };
  if (existsSync(file) && existsSync(meta))
    return { ...excerpt, ...JSON.parse(await readFile(meta, 'utf8')) };
  const clean = await decodeStretch(rec.file, plan.startS, plan.endS - plan.startS);
  const gain = 10 ** (plan.gainDb / 20);
  for (let i = 0; i < clean.length; i++) clean[i] = clean[i]! * gain;
  const signalRms = rmsOf(clean);
  const noise = noiseSamples(clean.length, plan.noise, seededUniform(`noise:${seed}:${excerpt.id}`));
  const noiseRms = signalRms / 10 ** (plan.snrDb / 20);
  for (let i = 0; i < clean.length; i++)
    clean[i] = Math.max(-1, Math.min(1, clean[i]! + noise[i]! * noiseRms));
  await encodeMp3(clean, plan.bitrateKbps, file);
  await writeFile(meta, JSON.stringify({ signalRmsDbfs: 20 * Math.log10(signalRms || 1e-9) }));
  return excerpt;
}

/**
 * A whole recording degraded as an upload differs from the master (gain, noise, low-bitrate MP3),
 * with its own seeded parameters: a training view aligned second by second with the original.
 */
export async function degradedCopy(
  rec: Pick<Recording, 'key' | 'durationS' | 'file'>,
  index: number,
  options: { dir: string; seed?: number },
): Promise<string> {
  const seed = options.seed ?? 1;
  const rand = seededUniform(`copy:${seed}:${rec.key}#${index}`);
  const gainDb = Math.round((rand() < 0.5 ? -1 : 1) * 6 * rand() * 10) / 10;
  const noise: 'white' | 'pink' = rand() < 0.5 ? 'white' : 'pink';
  const snrDb = Math.round((18 + 17 * rand()) * 10) / 10;
  const bitrateKbps = [32, 48, 64, 96][Math.floor(rand() * 4)]!;
  const name = createHash('sha256')
    .update(JSON.stringify({ key: rec.key, index, seed, gainDb, noise, snrDb, bitrateKbps, v: 2 }))
    .digest('hex')
    .slice(0, 20);
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, `${name}.mp3`);
  if (existsSync(file)) return file;
  // A fraction of a second trimmed off the start: an upload's seconds do not fall on the master's.
  const trimS = Math.round(rand() * 100) / 100;
  const clean = await decodeStretch(rec.file, trimS, rec.durationS - trimS);
  const gain = 10 ** (gainDb / 20);
  for (let i = 0; i < clean.length; i++) clean[i] = clean[i]! * gain;
  const noiseRms = rmsOf(clean) / 10 ** (snrDb / 20);
  const n = noiseSamples(clean.length, noise, seededUniform(`copy-noise:${seed}:${rec.key}#${index}`));
  for (let i = 0; i < clean.length; i++) clean[i] = Math.max(-1, Math.min(1, clean[i]! + n[i]! * noiseRms));
  await encodeMp3(clean, bitrateKbps, file);
  return file;
}
