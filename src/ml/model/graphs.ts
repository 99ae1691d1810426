import { GraphBuilder } from '../graph/graph-builder.js';
import type { FloatDType, Value } from '../graph/graph-builder.js';
import { OnnxType } from '../onnx/model-proto.js';
import { iiLoss, interLoss, intraLoss, stackTerms } from '../loss/ii-loss.js';
import { add, mul, scale } from '../graph/ops/elementwise.js';
import type { IILossConfig } from '../loss/ii-loss.js';
import { VIDEO_FLAGS, videoFrameDim } from './config.js';
import type { ModelConfig } from './config.js';
import { paramSpecs } from './params.js';
import type { ParamStore } from './params.js';
import { musicTower, videoTower } from './towers.js';
import type { ParamSource, VideoInputs } from './towers.js';

export type Tower = 'video' | 'music';

/** ONNX input/output names of the exported encoders; the manifest and the inference worker use these. */
export const IO_NAMES = {
  video: { inputs: ['frames', 'mask', 'flags', 'text_ids', 'text_weights'], output: 'embedding' },
  music: { inputs: ['frames', 'mask'], output: 'embedding' },
} as const;

function towerParamNames(c: ModelConfig, tower: Tower): string[] {
  return paramSpecs(c)
    .map((s) => s.name)
    .filter((n) => n.startsWith(`${tower}.`) || (tower === 'video' && n.startsWith('text.')));
}

/** `dense`: the text bag as one [N, textBuckets] row per video (training); otherwise ids + weights (inference). */
function addVideoInputs(g: GraphBuilder, c: ModelConfig, prefix: string, dense = false): VideoInputs {
  const x: VideoInputs = {
    frames: g.input(`${prefix}frames`, ['N', c.segments, videoFrameDim(c)]),
    mask: g.input(`${prefix}mask`, ['N', c.segments]),
    flags: g.input(`${prefix}flags`, ['N', VIDEO_FLAGS]),
  };
  if (c.useText && dense) {
    x.textBag = g.input(`${prefix}text_bag`, ['N', c.textBuckets]);
  } else if (c.useText) {
    x.textIds = g.input(`${prefix}text_ids`, ['N', c.maxTextTokens], { elemType: OnnxType.int64 });
    x.textWeights = g.input(`${prefix}text_weights`, ['N', c.maxTextTokens]);
  }
  return x;
}

/**
 * One tower as a stand-alone forward graph. With `weights` the parameters become
 * initializers (the exported inference model); without, they are inputs (used for
 * per-epoch validation with the current weights). Either way the tower comes from
 * the same towers.ts definition the training graph uses.
 */
export function buildTowerGraph(
  c: ModelConfig,
  tower: Tower,
  opts: { weights?: ParamStore; dtype?: FloatDType } = {},
): Uint8Array {
  const g = new GraphBuilder(opts.dtype ?? 'float32', `${tower}_encoder`);
  const specs = new Map(paramSpecs(c).map((s) => [s.name, s]));
  const params = new Map<string, Value>();
  for (const name of towerParamNames(c, tower)) {
    const s = specs.get(name)!;
    const w = opts.weights?.get(name);
    params.set(name, w ? g.initializer(name, w, s.shape) : g.input(name, s.shape));
  }
  const p: ParamSource = (n) => params.get(n)!;
  const out =
    tower === 'video'
      ? videoTower(g, p, addVideoInputs(g, c, ''), c)
      : musicTower(
          g,
          p,
          {
            frames: g.input('frames', ['N', c.segments, c.musicDim]),
            mask: g.input('mask', ['N', c.segments]),
          },
          c,
        );
  g.output(out.embedding, 'embedding', ['N', c.dim]);
  return g.toModel(`${tower} encoder`);
}

/** The parameter names a tower graph takes as inputs when built without weights. */
export function towerInputParams(c: ModelConfig, tower: Tower): string[] {
  return towerParamNames(c, tower);
}

/**
 * The training graph: both towers, the II loss, and the reverse sweep, in one
 * ONNX model so a step is a single session.run. Inputs: every parameter plus the
 * batch (video.*, with the text as the dense `video.text_bag`; music.*, video.pooled_in, music.pooled_in). Outputs: `terms`
 * [inter, intraVideo, intraMusic, total], `grad.<param>` for each parameter, and
 * both embeddings (for the forward-agreement check).
 */
export function buildTrainingGraph(
  c: ModelConfig,
  loss: IILossConfig,
  dtype: FloatDType = 'float32',
): Uint8Array {
  const g = new GraphBuilder(dtype, 'ii_training');
  const specs = paramSpecs(c);
  const params = new Map(specs.map((s) => [s.name, g.input(s.name, s.shape, { requiresGrad: true })]));
  const p: ParamSource = (n) => params.get(n)!;
  const video = videoTower(g, p, addVideoInputs(g, c, 'video.', true), c);
  const music = musicTower(
    g,
    p,
    {
      frames: g.input('music.frames', ['N', c.segments, c.musicDim]),
      mask: g.input('music.mask', ['N', c.segments]),
    },
    c,
  );
  const videoIn = g.input('video.pooled_in', ['N', videoFrameDim(c)]);
  const musicIn = g.input('music.pooled_in', ['N', c.musicDim]);
  const terms = iiLoss(g, { videoIn, musicIn, videoOut: video.raw, musicOut: music.raw }, loss);
  g.output(stackTerms(g, terms), 'terms', [4]);
  const grads = g.gradients(terms.total, [...params.values()]);
  for (const s of specs) {
    const gr = grads.get(s.name);
    if (!gr) throw new Error(`invariant: parameter ${s.name} received no gradient`);
    g.output(gr, `grad.${s.name}`, s.shape);
  }
  g.output(video.embedding, 'video.embedding', ['N', c.dim]);
  g.output(music.embedding, 'music.embedding', ['N', c.dim]);
  return g.toModel('II-CLVM training step');
}

/** The parameters the self-supervised graph trains: the music tower's only. */
export function musicParamNames(c: ModelConfig): string[] {
  return towerParamNames(c, 'music');
}

/**
 * The music self-supervised training graph (objective `music_self_supervised`): the music
 * tower from towers.ts applied twice with the same parameter inputs (shared weights), so the
 * builder sums both applications' gradients. View A (`a.frames`, `a.mask`: an augmented excerpt)
 * and view B (`b.frames`, `b.mask`: the whole recording, Global Sparse sampled) of each row are
 * the positives. Loss: the II loss's symmetric InfoNCE between the views plus λ_m times its
 * intra-modal term on view B, with X_in = `b.pooled_in` (view B's mean-pooled input features);
 * `loss.intra_scale` multiplies it when the λ schedule is on. Outputs: `terms`
 * [inter, 0, intraMusic, total], `grad.<param>` for the music.* parameters only, and both views'
 * embeddings.
 */
export function buildSelfSupervisedGraph(
  c: ModelConfig,
  loss: IILossConfig,
  dtype: FloatDType = 'float32',
): Uint8Array {
  const g = new GraphBuilder(dtype, 'music_ssl_training');
  const specs = new Map(paramSpecs(c).map((s) => [s.name, s]));
  const names = musicParamNames(c);
  const params = new Map(
    names.map((n) => [n, g.input(n, specs.get(n)!.shape, { requiresGrad: true })] as const),
  );
  const p: ParamSource = (n) => {
    const v = params.get(n);
    if (!v) throw new Error(`invariant: the self-supervised graph has no parameter ${n}`);
    return v;
  };
  const view = (prefix: string) =>
    musicTower(
      g,
      p,
      {
        frames: g.input(`${prefix}frames`, ['N', c.segments, c.musicDim]),
        mask: g.input(`${prefix}mask`, ['N', c.segments]),
      },
      c,
    );
  const a = view('a.');
  const b = view('b.');
  const bIn = g.input('b.pooled_in', ['N', c.musicDim]);
  const inter = interLoss(g, a.raw, b.raw, loss.tau);
  const intraMusic = intraLoss(g, bIn, b.raw, loss);
  let intra = scale(g, intraMusic, loss.lambdaMusic);
  if (loss.scheduled) intra = mul(g, intra, g.input('loss.intra_scale', [1]));
  const total = add(g, inter, intra);
  const zero = g.constant([0]);
  g.output(stackTerms(g, { inter, intraVideo: zero, intraMusic, total }), 'terms', [4]);
  const grads = g.gradients(total, [...params.values()]);
  for (const n of names) {
    const gr = grads.get(n);
    if (!gr) throw new Error(`invariant: parameter ${n} received no gradient`);
    g.output(gr, `grad.${n}`, specs.get(n)!.shape);
  }
  g.output(a.embedding, 'a.embedding', ['N', c.dim]);
  g.output(b.embedding, 'b.embedding', ['N', c.dim]);
  return g.toModel('II-CLVM music self-supervised training step');
}
