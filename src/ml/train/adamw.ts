import type { ParamStore } from '../model/params.js';

export interface AdamWConfig {
  lr: number;
  weightDecay: number;
  beta1: number;
  beta2: number;
  eps: number;
}

export interface AdamWState {
  step: number;
  m: ParamStore;
  v: ParamStore;
}

export function initAdamW(params: ParamStore): AdamWState {
  const zeros = () => new Map([...params].map(([k, p]) => [k, new Float32Array(p.length)]));
  return { step: 0, m: zeros(), v: zeros() };
}

/**
 * AdamW (Loshchilov & Hutter 2019, Alg. 2): Adam moments with bias correction,
 * and weight decay decoupled from the gradient, applied to weight matrices only
 * (names ending in ".w"), not to biases or the text embedding table.
 */
export function adamWStep(params: ParamStore, grads: Map<string, Float32Array>, state: AdamWState, c: AdamWConfig, lrScale = 1): void {
  state.step += 1;
  const bc1 = 1 - c.beta1 ** state.step;
  const bc2 = 1 - c.beta2 ** state.step;
  const lr = c.lr * lrScale;
  for (const [name, p] of params) {
    const g = grads.get(name);
    if (!g) throw new Error(`invariant: no gradient for parameter ${name}`);
    const m = state.m.get(name)!;
    const v = state.v.get(name)!;
    const wd = name.endsWith('.w') ? c.weightDecay : 0;
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]!;
      const mi = (m[i] = c.beta1 * m[i]! + (1 - c.beta1) * gi);
      const vi = (v[i] = c.beta2 * v[i]! + (1 - c.beta2) * gi * gi);
      p[i] = p[i]! - lr * ((mi / bc1) / (Math.sqrt(vi / bc2) + c.eps) + wd * p[i]!);
    }
  }
}
