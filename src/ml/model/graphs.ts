import { GraphBuilder } from '../graph/graph-builder.js';
import type { FloatDType, Value } from '../graph/graph-builder.js';
import { OnnxType } from '../onnx/model-proto.js';
import { iiLoss, stackTerms } from '../loss/ii-loss.js';
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
