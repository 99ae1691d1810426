import { VIDEO_FLAGS, videoFrameDim } from '../../src/ml/model/config.js';
import type { ModelConfig } from '../../src/ml/model/config.js';

/**
 * Matrix-multiply FLOPs of one training step (2 FLOPs per multiply-add), the
 * figure behind "achieved GFLOP/s". For Y = X·W with X [n,k], W [k,m]: forward
 * 2nkm, dW 2nkm, and dX 2nkm only where X depends on parameters (not for the
 * frame features). Elementwise ops, softmaxes and reductions are not counted.
 */
export function trainingStepFlops(
  c: ModelConfig,
  B: number,
): { total: number; parts: Record<string, number> } {
  const S = c.segments;
  const H = c.hidden;
  const D = c.dim;
  const fused = 2 * H + (c.useText ? H : 0) + VIDEO_FLAGS;
  const parts: Record<string, number> = {
    videoFrame: 4 * B * S * videoFrameDim(c) * H,
    musicFrame: 4 * B * S * c.musicDim * H,
    videoMlp: 6 * B * fused * H + 6 * B * H * D,
    musicMlp: 6 * B * 2 * H * H + 6 * B * H * D,
    text: c.useText ? 6 * B * c.textDim * H : 0,
    // inter-modal logits and the two output cosine matrices: forward + both operand gradients.
    similarity: 3 * 6 * B * B * D,
    // input cosine matrices (no gradient).
    inputSimilarity: 2 * B * B * (videoFrameDim(c) + c.musicDim),
  };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}
