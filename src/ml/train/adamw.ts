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
export function adamWStep(
  params: ParamStore,
  grads: Map<string, Float32Array>,
  state: AdamWState,
  c: AdamWConfig,
  lrScale = 1,
): void {
  state.step += 1;
  const bc1 = 1 - c.beta1 ** state.step;
  const bc2 = 1 - c.beta2 ** state.step;
  const lr = c.lr * lrScale;
  // Kingma & Ba (2015), end of §2: fold both bias corrections into the step size,
  // α_t = α·sqrt(1−β2^t)/(1−β1^t) and ε̂ = ε·sqrt(1−β2^t), so the inner loop has no divisions by them.
  const stepSize = (lr * Math.sqrt(bc2)) / bc1;
  const epsHat = c.eps * Math.sqrt(bc2);
  const b1 = c.beta1;
  const b2 = c.beta2;
  const a1 = 1 - b1;
  const a2 = 1 - b2;
  for (const [name, p] of params) {
    const g = grads.get(name);
    if (!g) throw new Error(`invariant: no gradient for parameter ${name}`);
    const m = state.m.get(name)!;
    const v = state.v.get(name)!;
    const decay = 1 - lr * (name.endsWith('.w') ? c.weightDecay : 0);
    for (let i = 0; i < p.length; i++) {
      const gi = g[i]!;
      const mi = b1 * m[i]! + a1 * gi;
      const vi = b2 * v[i]! + a2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      p[i] = decay * p[i]! - (stepSize * mi) / (Math.sqrt(vi) + epsHat);
    }
  }
}
