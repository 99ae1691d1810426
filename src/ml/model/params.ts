import type { Rng } from '../util/rng.js';
import { VIDEO_FLAGS, videoFrameDim } from './config.js';
import type { ModelConfig } from './config.js';

export type ParamInit = 'he' | 'xavier' | 'zeros' | 'embedding';

export interface ParamSpec {
  name: string;
  shape: number[];
  init: ParamInit;
}

/** Trainable tensors by name, in float32. */
export type ParamStore = Map<string, Float32Array>;

/** Width of the vector the video tower's MLP sees: mean ⊕ max ⊕ text ⊕ flags. */
export function videoFusedDim(c: ModelConfig): number {
  return 2 * c.hidden + (c.useText ? c.hidden : 0) + VIDEO_FLAGS;
}

/** The parameter list is the single source of truth for both towers' weights. */
export function paramSpecs(c: ModelConfig): ParamSpec[] {
  const h = c.hidden;
  const specs: ParamSpec[] = [
    { name: 'video.frame.w', shape: [videoFrameDim(c), h], init: 'he' },
    { name: 'video.frame.b', shape: [h], init: 'zeros' },
    { name: 'video.mlp1.w', shape: [videoFusedDim(c), h], init: 'he' },
    { name: 'video.mlp1.b', shape: [h], init: 'zeros' },
    { name: 'video.mlp2.w', shape: [h, c.dim], init: 'xavier' },
    { name: 'video.mlp2.b', shape: [c.dim], init: 'zeros' },
    { name: 'music.frame.w', shape: [c.musicDim, h], init: 'he' },
    { name: 'music.frame.b', shape: [h], init: 'zeros' },
    { name: 'music.mlp1.w', shape: [2 * h, h], init: 'he' },
    { name: 'music.mlp1.b', shape: [h], init: 'zeros' },
    { name: 'music.mlp2.w', shape: [h, c.dim], init: 'xavier' },
    { name: 'music.mlp2.b', shape: [c.dim], init: 'zeros' },
  ];
  if (c.useText) {
    specs.push(
      { name: 'text.embedding', shape: [c.textBuckets, c.textDim], init: 'embedding' },
      { name: 'text.proj.w', shape: [c.textDim, h], init: 'he' },
      { name: 'text.proj.b', shape: [h], init: 'zeros' },
    );
  }
  return specs;
}

export function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** He-normal for ReLU layers, Glorot-normal for the linear output layer, N(0, 0.1²) for embeddings. */
export function initParams(c: ModelConfig, rng: Rng): ParamStore {
  const store: ParamStore = new Map();
  for (const s of paramSpecs(c)) {
    const data = new Float32Array(sizeOf(s.shape));
    const fanIn = s.shape[0]!;
    const fanOut = s.shape[1] ?? 1;
    const std =
      s.init === 'he'
        ? Math.sqrt(2 / fanIn)
        : s.init === 'xavier'
          ? Math.sqrt(2 / (fanIn + fanOut))
          : s.init === 'embedding'
            ? 0.1
            : 0;
    if (std > 0) for (let i = 0; i < data.length; i++) data[i] = rng.normal() * std;
    store.set(s.name, data);
  }
  return store;
}

export function cloneParams(p: ParamStore): ParamStore {
  return new Map([...p].map(([k, v]) => [k, v.slice()]));
}
