import type { ModelConfig } from '../../src/ml/model/config.js';
import type { TrainOptions } from '../../src/ml/train/trainer.js';

/** One bench:ii arm: the loss (and text) settings it trains with; data and budget are common. */
export interface ArmSpec {
  description: string;
  opts: Partial<TrainOptions>;
  model: Partial<ModelConfig>;
}

const II = { lambdaVideo: 1, lambdaMusic: 1 };
const NCE = { lambdaVideo: 0, lambdaMusic: 0 };
const noText = { useText: false };

export const ARM_SPECS: Record<string, ArmSpec> = {
  infonce: { description: 'λ = 0 (symmetric InfoNCE only)', opts: NCE, model: noText },
  ii: {
    description: 'λ_v = λ_m = 1, KL, τ_in = τ_out = 0.1 (the reference definition)',
    opts: II,
    model: noText,
  },
  'ii-topk': {
    description:
      'II with the intra term restricted to each row’s 10 nearest input neighbours (P is 0 elsewhere; k ≈ one style’s share of a 128 batch, not tuned)',
    opts: { ...II, intraTopK: 10 },
    model: noText,
  },
  'ii-decay': {
    description:
      'II with λ decayed linearly from 1 to 0 over the step budget (intra term early, InfoNCE alone at the end)',
    opts: { ...II, lambdaSchedule: 'linear-decay' },
    model: noText,
  },
  'ii-clvtm': { description: 'II with text cues (II-CLVTM)', opts: II, model: { useText: true } },
  'infonce-clvtm': { description: 'InfoNCE with text cues', opts: NCE, model: { useText: true } },
  'ii-mse': { description: 'II with the MSE divergence', opts: { ...II, divergence: 'mse' }, model: noText },
};

/** Today's arm names: the fraction as a suffix (`ii-10pct`), none at 100%. */
export const armName = (spec: string, fraction: number): string =>
  fraction === 1 ? spec : `${spec}-${Math.round(fraction * 100)}pct`;
