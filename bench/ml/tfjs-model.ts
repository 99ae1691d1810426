import * as tf from '@tensorflow/tfjs';
import { videoFrameDim } from '../../src/ml/model/config.js';
import type { ModelConfig } from '../../src/ml/model/config.js';
import type { IILossConfig } from '../../src/ml/loss/ii-loss.js';
import type { ParamStore } from '../../src/ml/model/params.js';
import { paramSpecs } from '../../src/ml/model/params.js';

export interface TfjsBatch {
  videoFrames: tf.Tensor3D;
  videoMask: tf.Tensor2D;
  flags: tf.Tensor2D;
  /** [B, buckets] bag weights: Σ_k w_k·onehot(id_k). See lossFn for why not Gather. */
  textBag: tf.Tensor2D;
  musicFrames: tf.Tensor3D;
  musicMask: tf.Tensor2D;
  videoIn: tf.Tensor2D;
  musicIn: tf.Tensor2D;
}

/**
 * The same model and loss as src/ml/model/towers.ts + src/ml/loss/ii-loss.ts,
 * written in TensorFlow.js for the bench:train comparison (same dims, S, batch).
 */
export class TfjsTwoTower {
  readonly vars: Map<string, tf.Variable>;

  constructor(
    readonly c: ModelConfig,
    readonly loss: IILossConfig,
    init: ParamStore,
  ) {
    this.vars = new Map(
      paramSpecs(c).map((s) => [s.name, tf.variable(tf.tensor(init.get(s.name)!, s.shape), true, s.name)]),
    );
  }

  private v(name: string): tf.Tensor {
    return this.vars.get(name)!;
  }

  private pool(prefix: string, frames: tf.Tensor3D, mask: tf.Tensor2D, frameDim: number): tf.Tensor2D {
    const { segments: S, hidden: H } = this.c;
    const flat = frames.reshape([-1, frameDim]);
    const h = tf
      .relu(tf.add(tf.matMul(flat, this.v(`${prefix}.frame.w`)), this.v(`${prefix}.frame.b`)))
      .reshape([-1, S, H]);
    const m3 = mask.expandDims(2);
    const masked = tf.mul(h, m3);
    const count = tf.maximum(mask.sum(1, true), 1);
    const mean = tf.div(masked.sum(1), count);
    const max = masked.max(1);
    return tf.concat([mean, max], 1) as tf.Tensor2D;
  }

  private head(prefix: string, fused: tf.Tensor2D): tf.Tensor2D {
    const z = tf.relu(tf.add(tf.matMul(fused, this.v(`${prefix}.mlp1.w`)), this.v(`${prefix}.mlp1.b`)));
    return tf.add(tf.matMul(z, this.v(`${prefix}.mlp2.w`)), this.v(`${prefix}.mlp2.b`)) as tf.Tensor2D;
  }

  private norm(x: tf.Tensor2D): tf.Tensor2D {
    return tf.div(x, tf.sqrt(tf.add(tf.sum(tf.square(x), 1, true), 1e-12)));
  }

  private cos(x: tf.Tensor2D): tf.Tensor2D {
    const n = this.norm(x);
    return tf.matMul(n, n, false, true);
  }

  private ce(z: tf.Tensor2D): tf.Scalar {
    const n = z.shape[0];
    return tf.neg(tf.mean(tf.sum(tf.mul(tf.logSoftmax(z), tf.eye(n)), 1))) as tf.Scalar;
  }

  private intra(xIn: tf.Tensor2D, xOut: tf.Tensor2D): tf.Scalar {
    const n = xIn.shape[0];
    const mask = tf.mul(tf.eye(n), -1e9);
    const logP = tf.logSoftmax(tf.add(tf.div(this.cos(xIn), this.loss.tauIn), mask));
    const logQ = tf.logSoftmax(tf.add(tf.div(this.cos(xOut), this.loss.tauOut), mask));
    if (this.loss.divergence === 'mse') {
      const d = tf.sub(this.cos(xIn), this.cos(xOut));
      return tf.div(tf.sum(tf.mul(tf.square(d), tf.sub(1, tf.eye(n)))), n * (n - 1)) as tf.Scalar;
    }
    return tf.div(tf.sum(tf.mul(tf.exp(logP), tf.sub(logP, logQ))), n) as tf.Scalar;
  }

  lossFn(b: TfjsBatch): tf.Scalar {
    const c = this.c;
    const parts = [this.pool('video', b.videoFrames, b.videoMask, videoFrameDim(c))];
    if (c.useText) {
      // tfjs-backend-wasm has no UnsortedSegmentSum kernel, which Gather's gradient needs, so the
      // embedding bag is the equivalent dense product (bag weights [B, buckets]) · E [buckets, dt].
      const bag = tf.matMul(b.textBag, this.v('text.embedding'));
      const t = tf.relu(tf.add(tf.matMul(bag, this.v('text.proj.w')), this.v('text.proj.b')));
      parts.push(tf.mul(t, b.flags.slice([0, 2], [-1, 1])) as tf.Tensor2D);
    }
    parts.push(b.flags);
    const videoOut = this.head('video', tf.concat(parts, 1) as tf.Tensor2D);
    const musicOut = this.head('music', this.pool('music', b.musicFrames, b.musicMask, c.musicDim));
    const z = tf.div(
      tf.matMul(this.norm(videoOut), this.norm(musicOut), false, true),
      this.loss.tau,
    ) as tf.Tensor2D;
    const inter = tf.mul(tf.add(this.ce(z), this.ce(z.transpose())), 0.5);
    const iv = this.intra(b.videoIn, videoOut);
    const im = this.intra(b.musicIn, musicOut);
    return tf.add(
      tf.add(inter, tf.mul(iv, this.loss.lambdaVideo)),
      tf.mul(im, this.loss.lambdaMusic),
    ) as tf.Scalar;
  }
}
