import { quantizeYt8m } from '../features/feature-sequence.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import { Rng } from '../util/rng.js';
import type { DatasetPair, DatasetTrack, DatasetVideo, Split, TrainingDataset } from './dataset.js';

/**
 * Synthetic false-negative datasets, a family of structures (docs/ml.md, "Synthetic generators").
 * Latent musical styles drive both the music features and the video features (and the video's
 * text cues) through fixed random nonlinear maps plus noise. Each video is published with one
 * track, but every track of the same style fits it. The generator knows nothing about the loss:
 * it only models "styles exist; a video's track is one of many that fit".
 *   default     the latent is the style (plus within-style and pair noise): input similarity
 *               follows the style, so it is informative of fit.
 *   nuisance    the style (= mood × tempo, the only factors that decide fit) is a subset of the
 *               latent; a strong nuisance factor — a scene for videos, a genre for tracks, drawn
 *               independently of the style and of each other — dominates each modality's input.
 *   weak-input  as default, but the within-style spread is larger than the spread between
 *               styles, so an item's nearest input neighbours are mostly of other styles.
 */
export type SyntheticFamily = 'default' | 'nuisance' | 'weak-input';
export const SYNTHETIC_FAMILIES: readonly SyntheticFamily[] = ['default', 'nuisance', 'weak-input'];

export interface SyntheticOptions {
  seed: number;
  /** The false-negative structure (default 'default'). */
  family?: SyntheticFamily;
  /**
   * Tracks added to each held-out split without a pair (candidates only), drawn after
   * everything else so the paired data are the same with or without them. Default 0.
   */
  unpairedTracks?: number;
  /** nuisance: the nuisance factor's scale relative to the style centres' (default 2). */
  nuisanceScale?: number;
  styles?: number;
  trainPairs?: number;
  valPairs?: number;
  testPairs?: number;
  minFrames?: number;
  maxFrames?: number;
  /** Latent dimension of a style/track. */
  latentDim?: number;
  /** Std of a track's latent around its style centre (within-style variety). */
  withinStyle?: number;
  /** Std of the video latent around its track's latent (pair-specific signal). */
  pairNoise?: number;
  /** Per-frame variation of the latent and additive feature noise. */
  frameNoise?: number;
  /** Probability that a text word is a style word rather than a generic one. */
  textSignal?: number;
  /** Probability that a video ships its 128-d audio track. */
  videoAudioProb?: number;
}

export interface StyleInfo {
  id: number;
  name: string;
  tags: string[];
}

export interface SyntheticDataset {
  dataset: TrainingDataset;
  styles: StyleInfo[];
  trackStyles: Record<string, number>;
  videoStyles: Record<string, number>;
}

const STYLE_BANK: [string, string[]][] = [
  ['calm-piano', ['calm', 'piano', 'rainy', 'gentle', 'soft', 'relaxing']],
  ['upbeat-pop', ['upbeat', 'pop', 'happy', 'summer', 'dance', 'bright']],
  ['epic-orchestral', ['epic', 'orchestral', 'trailer', 'heroic', 'cinematic', 'brass']],
  ['lofi-hiphop', ['lofi', 'hiphop', 'chill', 'study', 'beats', 'night']],
  ['acoustic-folk', ['acoustic', 'folk', 'guitar', 'travel', 'warm', 'campfire']],
  ['edm', ['edm', 'electronic', 'festival', 'drop', 'energetic', 'party']],
  ['jazz', ['jazz', 'saxophone', 'cafe', 'smooth', 'swing', 'lounge']],
  ['ambient', ['ambient', 'drone', 'space', 'meditation', 'atmospheric', 'dreamy']],
  ['rock', ['rock', 'electric', 'guitar', 'loud', 'drums', 'road']],
  ['tension', ['tension', 'suspense', 'dark', 'thriller', 'horror', 'pulse']],
  ['funk', ['funk', 'groove', 'bass', 'retro', 'disco', 'strut']],
  ['strings', ['classical', 'strings', 'violin', 'elegant', 'wedding', 'romantic']],
  ['reggae', ['reggae', 'island', 'beach', 'sunny', 'offbeat', 'laidback']],
  ['kids', ['kids', 'playful', 'cartoon', 'whimsical', 'toy', 'cheerful']],
  ['corporate', ['corporate', 'business', 'inspiring', 'tech', 'presentation', 'clean']],
  ['latin', ['latin', 'salsa', 'percussion', 'fiesta', 'tropical', 'spicy']],
];

const GENERIC = (
  'my the a video day vlog new best first trip today life with our weekend part episode how to this that ' +
  'friends family home city morning evening edit highlights story week year time moment look watch full ' +
  'tutorial review update challenge test finally again special short clip version official'
).split(' ');

/** y = tanh(W2·tanh(W1·u + b1)) with W fixed per map: a smooth, nonlinear feature map. */
class RandomMap {
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  private readonly h: Float32Array;

  constructor(
    rng: Rng,
    readonly inDim: number,
    readonly hidden: number,
    readonly outDim: number,
    readonly gain: number,
  ) {
    this.w1 = Float32Array.from({ length: hidden * inDim }, () => (rng.normal() * 1.5) / Math.sqrt(inDim));
    this.b1 = Float32Array.from({ length: hidden }, () => rng.normal() * 0.3);
    this.w2 = Float32Array.from({ length: outDim * hidden }, () => (rng.normal() * 1.5) / Math.sqrt(hidden));
    this.h = new Float32Array(hidden);
  }

  apply(u: Float32Array, out: Float32Array, offset: number): void {
    const { inDim, hidden, outDim, w1, w2, h } = this;
    for (let i = 0; i < hidden; i++) {
      let s = this.b1[i]!;
      for (let j = 0; j < inDim; j++) s += w1[i * inDim + j]! * u[j]!;
      h[i] = Math.tanh(s);
    }
    for (let o = 0; o < outDim; o++) {
      let s = 0;
      for (let i = 0; i < hidden; i++) s += w2[o * hidden + i]! * h[i]!;
      out[offset + o] = this.gain * Math.tanh(s);
    }
  }
}

function sequence(rng: Rng, map: RandomMap, z: Float32Array, frames: number, noise: number): FeatureSequence {
  const out = new Float32Array(frames * map.outDim);
  const u = new Float32Array(z.length);
  for (let t = 0; t < frames; t++) {
    for (let j = 0; j < z.length; j++) u[j] = z[j]! + noise * rng.normal();
    map.apply(u, out, t * map.outDim);
  }
  // Unit-variance uniform noise: as good as Gaussian here and ~10× cheaper for 1024-d frames.
  const k = 0.5 * noise * Math.sqrt(12);
  for (let i = 0; i < out.length; i++) out[i]! += k * (rng.next() - 0.5);
  // Stored the YouTube-8M way: uint8, dequantised with min −2, max 2.
  return { frames, dim: map.outDim, dtype: 'uint8', data: quantizeYt8m(out) };
}

function words(rng: Rng, n: number, style: string[], signal: number): string {
  return Array.from({ length: n }, () =>
    rng.next() < signal ? style[rng.int(style.length)] : GENERIC[rng.int(GENERIC.length)],
  ).join(' ');
}

/** Per-family defaults; explicit options win. */
const FAMILY_DEFAULTS: Record<SyntheticFamily, Partial<SyntheticOptions>> = {
  default: {},
  nuisance: {},
  'weak-input': { withinStyle: 1.6 },
};

const NUISANCE_DIM = 8;
const NUISANCE_VALUES = 6;

export function generateSyntheticDataset(opts: SyntheticOptions): SyntheticDataset {
  const family = opts.family ?? 'default';
  if (!SYNTHETIC_FAMILIES.includes(family))
    throw new RangeError(
      `generateSyntheticDataset: family must be one of ${SYNTHETIC_FAMILIES.join(', ')}, got ${JSON.stringify(family)}`,
    );
  const o = {
    styles: 12,
    trainPairs: 3000,
    valPairs: 300,
    testPairs: 1000,
    minFrames: 20,
    maxFrames: 60,
    latentDim: 16,
    withinStyle: 0.6,
    pairNoise: 0.35,
    frameNoise: 0.3,
    textSignal: 0.5,
    videoAudioProb: 0.5,
    unpairedTracks: 0,
    nuisanceScale: 2,
    ...FAMILY_DEFAULTS[family],
    ...opts,
    family,
  };
  const nuisance = family === 'nuisance';
  // The feature maps read the style latent, then (nuisance family) the nuisance latent.
  const mapDim = o.latentDim + (nuisance ? NUISANCE_DIM : 0);
  if (o.styles < 2 || o.styles > STYLE_BANK.length)
    throw new RangeError(
      `generateSyntheticDataset: styles must be in [2, ${STYLE_BANK.length}], got ${o.styles}`,
    );
  if (o.minFrames < 1 || o.maxFrames < o.minFrames)
    throw new RangeError(
      `generateSyntheticDataset: need 1 ≤ minFrames ≤ maxFrames, got ${o.minFrames}, ${o.maxFrames}`,
    );
  const root = new Rng(o.seed);
  const mapRng = root.fork(1);
  const musicMap = new RandomMap(mapRng, mapDim, 32, 128, 1.2);
  const visualMap = new RandomMap(mapRng, mapDim, 32, 1024, 1.2);
  const videoAudioMap = new RandomMap(mapRng, mapDim, 16, 128, 1.2);
  const styles: StyleInfo[] = STYLE_BANK.slice(0, o.styles).map(([name, tags], id) => ({ id, name, tags }));
  const centres = styles.map(() => Float32Array.from({ length: o.latentDim }, () => mapRng.normal()));
  // nuisance: scene centres (videos) and genre centres (tracks), independent of style and of each other.
  const nuisanceCentres = (n: number) =>
    Array.from({ length: n }, () =>
      Float32Array.from({ length: NUISANCE_DIM }, () => o.nuisanceScale * mapRng.normal()),
    );
  const scenes = nuisance ? nuisanceCentres(NUISANCE_VALUES) : [];
  const genres = nuisance ? nuisanceCentres(NUISANCE_VALUES) : [];
  const withNuisance = (z: Float32Array, bank: Float32Array[], r: Rng): Float32Array => {
    if (!nuisance) return z;
    const c = bank[r.int(bank.length)]!;
    const out = new Float32Array(mapDim);
    out.set(z);
    for (let j = 0; j < NUISANCE_DIM; j++) out[o.latentDim + j] = c[j]! + 0.3 * r.normal();
    return out;
  };

  const rng = root.fork(2);
  const videos: DatasetVideo[] = [];
  const tracks: DatasetTrack[] = [];
  const pairs: DatasetPair[] = [];
  const trackStyles: Record<string, number> = {};
  const videoStyles: Record<string, number> = {};
  const bySplitStyle = new Map<string, string[]>();
  const frames = () => o.minFrames + rng.int(o.maxFrames - o.minFrames + 1);
  const counts: [Split, number][] = [
    ['train', o.trainPairs],
    ['val', o.valPairs],
    ['test', o.testPairs],
  ];
  for (const [split, n] of counts) {
    for (let i = 0; i < n; i++) {
      const s = rng.int(styles.length);
      const zmStyle = centres[s]!.map((c) => c + o.withinStyle * rng.normal());
      const zvStyle = zmStyle.map((c) => c + o.pairNoise * rng.normal());
      const zm = withNuisance(zmStyle, genres, rng);
      const zv = withNuisance(zvStyle, scenes, rng);
      const trackId = `${split}-t${i}`;
      const videoId = `${split}-v${i}`;
      tracks.push({ id: trackId, audio: sequence(rng, musicMap, zm, frames(), o.frameNoise) });
      const T = frames();
      const tags = styles[s]!.tags;
      const video: DatasetVideo = {
        id: videoId,
        visual: sequence(rng, visualMap, zv, T, o.frameNoise),
        text: {
          title: words(rng, 5, tags, o.textSignal),
          captions: words(rng, 8, tags, o.textSignal * 0.6),
          ...(rng.next() < 0.3 ? { onScreenText: words(rng, 2, tags, o.textSignal) } : {}),
        },
      };
      if (rng.next() < o.videoAudioProb) video.audio = sequence(rng, videoAudioMap, zv, T, o.frameNoise);
      videos.push(video);
      pairs.push({ videoId, trackId, split });
      trackStyles[trackId] = s;
      videoStyles[videoId] = s;
      const key = `${split}:${s}`;
      bySplitStyle.set(key, [...(bySplitStyle.get(key) ?? []), trackId]);
    }
  }
  // Unpaired held-out tracks: candidates only, from their own generator (the paired data stay the same).
  const unpairedRng = root.fork(3);
  const unpairedTracks: Partial<Record<Split, string[]>> = {};
  for (const split of ['val', 'test'] as const) {
    for (let i = 0; i < o.unpairedTracks; i++) {
      const s = unpairedRng.int(styles.length);
      const z = withNuisance(
        centres[s]!.map((c) => c + o.withinStyle * unpairedRng.normal()),
        genres,
        unpairedRng,
      );
      const trackId = `${split}-u${i}`;
      tracks.push({ id: trackId, audio: sequence(unpairedRng, musicMap, z, frames(), o.frameNoise) });
      trackStyles[trackId] = s;
      (unpairedTracks[split] ??= []).push(trackId);
      const key = `${split}:${s}`;
      bySplitStyle.set(key, [...(bySplitStyle.get(key) ?? []), trackId]);
    }
  }
  // Held-out videos are compatible with every held-out track of their style, their own track
  // included (never with train tracks).
  const compatible: Record<string, string[]> = {};
  for (const p of pairs)
    if (p.split !== 'train')
      compatible[p.videoId] = bySplitStyle.get(`${p.split}:${videoStyles[p.videoId]}`)!;
  const dataset: TrainingDataset = {
    name: `synthetic-s${o.seed}`,
    videos,
    tracks,
    pairs,
    compatible,
    ...(o.unpairedTracks > 0 ? { unpairedTracks } : {}),
    meta: { generator: 'vmr-synthetic/1', options: o, styles, trackStyles, videoStyles },
  };
  return { dataset, styles, trackStyles, videoStyles };
}
