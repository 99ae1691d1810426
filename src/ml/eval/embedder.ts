import * as ort from 'onnxruntime-node';
import type { VideoInput } from '../data/dataset.js';
import type { FeatureSequence } from '../features/feature-sequence.js';
import type { ModelConfig } from '../model/config.js';
import { buildTowerGraph, towerInputParams } from '../model/graphs.js';
import type { ParamStore } from '../model/params.js';
import { paramSpecs } from '../model/params.js';
import { createSession } from '../runtime/session.js';
import type { SessionOptions } from '../runtime/session.js';
import { MusicBatch, VideoBatch } from '../train/batch.js';

const CHUNK = 256;

/**
 * In-process embedding with the current (still training) weights: the tower
 * graphs take the parameters as inputs, so validation needs no re-export.
 */
export class Embedder {
  private constructor(
    readonly c: ModelConfig,
    private readonly video: ort.InferenceSession,
    private readonly music: ort.InferenceSession,
    private readonly vb: VideoBatch,
    private readonly mb: MusicBatch,
  ) {}

  static async create(c: ModelConfig, opts: SessionOptions = {}): Promise<Embedder> {
    const [video, music] = await Promise.all([
      createSession(buildTowerGraph(c, 'video'), opts),
      createSession(buildTowerGraph(c, 'music'), opts),
    ]);
    return new Embedder(c, video, music, new VideoBatch(c, CHUNK), new MusicBatch(c, CHUNK));
  }

  private paramFeeds(params: ParamStore, tower: 'video' | 'music'): Record<string, ort.Tensor> {
    const shapes = new Map(paramSpecs(this.c).map((s) => [s.name, s.shape]));
    return Object.fromEntries(
      towerInputParams(this.c, tower).map((n) => [
        n,
        new ort.Tensor('float32', params.get(n)!, shapes.get(n)!),
      ]),
    );
  }

  async embedVideos(params: ParamStore, videos: VideoInput[]): Promise<Float32Array> {
    const out = new Float32Array(videos.length * this.c.dim);
    const pf = this.paramFeeds(params, 'video');
    for (let s = 0; s < videos.length; s += CHUNK) {
      const rows = Math.min(CHUNK, videos.length - s);
      for (let i = 0; i < rows; i++) this.vb.set(i, videos[s + i]!, { visual: true, text: true });
      const r = await this.video.run({ ...pf, ...this.vb.tensors('', rows) });
      out.set(r.embedding!.data as Float32Array, s * this.c.dim);
    }
    return out;
  }

  async embedTracks(params: ParamStore, tracks: FeatureSequence[]): Promise<Float32Array> {
    const out = new Float32Array(tracks.length * this.c.dim);
    const pf = this.paramFeeds(params, 'music');
    for (let s = 0; s < tracks.length; s += CHUNK) {
      const rows = Math.min(CHUNK, tracks.length - s);
      for (let i = 0; i < rows; i++) this.mb.set(i, tracks[s + i]!);
      const r = await this.music.run({ ...pf, ...this.mb.tensors('', rows) });
      out.set(r.embedding!.data as Float32Array, s * this.c.dim);
    }
    return out;
  }

  async release(): Promise<void> {
    await Promise.all([this.video.release(), this.music.release()]);
  }
}
