/** @jest-environment ./test/ml/support/ort-environment.cjs */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameModelConfig, VideoConfig } from '../../src/config.js';
import { onnxFrameExtractor } from '../../src/media/frame-extractors/index.js';
import { frontEndKey } from '../../src/media/front-end.js';
import {
  extractVideo,
  fitFramePcaOnVideos,
  FramePcaError,
  readFramePca,
  writeFramePca,
} from '../../src/media/video/index.js';
import { encodeModel, OnnxType } from '../../src/ml/onnx/model-proto.js';
import { ffmpegVideo } from './video-fixtures.js';

/**
 * A tiny image model built here with the project's ONNX writer: an 8x8 RGB image, flattened,
 * times a fixed 192x16 matrix, through Relu. Small enough to check every output by hand.
 */
const W = 8;
const H = 8;
const IN = 3 * W * H;
const OUT = 16;
const weights = Float32Array.from({ length: IN * OUT }, (_, i) => Math.sin(i * 0.37) * 0.2);

function tinyModel(layout: 'NCHW' | 'NHWC'): Uint8Array {
  const inputDims = layout === 'NCHW' ? ['batch', 3, H, W] : ['batch', H, W, 3];
  return encodeModel({
    name: 'tiny-image',
    inputs: [{ name: 'image', elemType: OnnxType.float, dims: inputDims }],
    outputs: [{ name: 'features', elemType: OnnxType.float, dims: ['batch', OUT] }],
    initializers: [
      { name: 'w', elemType: OnnxType.float, dims: [IN, OUT], raw: new Uint8Array(weights.buffer) },
    ],
    nodes: [
      {
        op: 'Flatten',
        name: 'flat',
        inputs: ['image'],
        outputs: ['flat'],
        attrs: { axis: { kind: 'int', value: 1 } },
      },
      { op: 'MatMul', name: 'mm', inputs: ['flat', 'w'], outputs: ['mm'] },
      { op: 'Relu', name: 'relu', inputs: ['mm'], outputs: ['features'] },
    ],
  });
}

/** The model's output by hand: Relu(flatten(image) . w), with the image laid out as `layout`. */
function expected(frame: Uint8Array, layout: 'NCHW' | 'NHWC', scale: (v: number) => number): Float32Array {
  const flat = new Float64Array(IN);
  for (let p = 0; p < W * H; p += 1)
    for (let c = 0; c < 3; c += 1)
      flat[layout === 'NCHW' ? c * W * H + p : p * 3 + c] = scale(frame[p * 3 + c]!);
  return Float32Array.from({ length: OUT }, (_, o) => {
    let s = 0;
    for (let i = 0; i < IN; i += 1) s += flat[i]! * weights[i * OUT + o]!;
    return Math.max(0, s);
  });
}

let dir: string;
let nchw: FrameModelConfig;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vmr-onnx-frames-'));
  await writeFile(path.join(dir, 'tiny-nchw.onnx'), tinyModel('NCHW'));
  await writeFile(path.join(dir, 'tiny-nhwc.onnx'), tinyModel('NHWC'));
  nchw = { path: path.join(dir, 'tiny-nchw.onnx'), width: W, height: H, layout: 'NCHW', scale: 'unit' };
  await Promise.all([
    ffmpegVideo(path.join(dir, 'a.mp4'), { seconds: 6, audio: 'none' }),
    ffmpegVideo(path.join(dir, 'b.mp4'), { seconds: 6, source: 'smptebars', audio: 'none' }),
  ]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const frame = Uint8Array.from({ length: IN }, (_, i) => (i * 37) % 256);

describe('a user-supplied ONNX model as the frame extractor', () => {
  it('runs on onnxruntime with the configured layout and scaling, output checked by hand', async () => {
    const a = await onnxFrameExtractor(nchw);
    expect(a.id).toMatch(/^onnx-tiny-nchw-[0-9a-f]{8}$/);
    expect(a.dim).toBe(OUT);
    expect(a.inputSize).toEqual({ width: W, height: H });
    const out = await a.embed([frame, new Uint8Array(IN).fill(255)]);
    expect(out).toHaveLength(2 * OUT);
    const want = expected(frame, 'NCHW', (v) => v / 255);
    for (let o = 0; o < OUT; o += 1) expect(out[o]).toBeCloseTo(want[o]!, 4);

    const b = await onnxFrameExtractor({
      ...nchw,
      path: path.join(dir, 'tiny-nhwc.onnx'),
      layout: 'NHWC',
      scale: 'byte',
    });
    const wantB = expected(frame, 'NHWC', (v) => v);
    const outB = await b.embed([frame]);
    for (let o = 0; o < OUT; o += 1) expect(outB[o]).toBeCloseTo(wantB[o]!, 2);
  });

  it('feeds extractVideo through a PCA fitted on its own features, zero-padded past its 16 dims', async () => {
    const extractor = await onnxFrameExtractor(nchw);
    const fit = await fitFramePcaOnVideos([path.join(dir, 'a.mp4'), path.join(dir, 'b.mp4')], extractor);
    expect(fit.frames).toBe(12);
    expect(fit.params.components).toBe(OUT);
    const pcaDir = path.join(dir, 'pca');
    await writeFramePca(pcaDir, fit.params, {
      name: 'catalog',
      version: 3,
      extractor: { id: extractor.id, version: extractor.version },
      fit: {
        frames: fit.frames,
        videos: 2,
        sources: ['a.mp4', 'b.mp4'],
        createdAt: new Date(0).toISOString(),
        recipe: 'test',
      },
    });
    const config: VideoConfig = {
      frameExtractor: 'onnx',
      frameModel: nchw,
      framePcaDir: pcaDir,
      ocr: false,
      ocrEveryS: 5,
      ocrMaxFrames: 12,
    };
    const x = await extractVideo(path.join(dir, 'a.mp4'), { config, maxSeconds: 60 });
    expect(frontEndKey(x.visual.frontEnd)).toBe(`${extractor.id}+catalog@3`);
    expect(x.visual.frames).toBe(6);
    // Components 16..1023 do not exist for a 16-d extractor: they are 0, which quantises to code 127.
    for (let f = 0; f < 6; f += 1) {
      const row = x.visual.data.subarray(f * 1024, (f + 1) * 1024);
      expect(new Set(row.subarray(OUT))).toEqual(new Set([127]));
      expect(new Set(row.subarray(0, OUT)).size).toBeGreaterThan(1);
    }
  });

  it('refuses a PCA fitted on another extractor', async () => {
    const extractor = await onnxFrameExtractor(nchw);
    await expect(
      readFramePca(path.join(dir, 'pca'), { id: 'mobilenetv2-nsfwjs', version: 1 }),
    ).rejects.toThrow(FramePcaError);
    await expect(
      readFramePca(path.join(dir, 'pca'), { id: 'mobilenetv2-nsfwjs', version: 1 }),
    ).rejects.toThrow(
      `Frame PCA pca was fitted on ${extractor.id} v1, not on the configured extractor mobilenetv2-nsfwjs v1; set VMR_FRAME_PCA to a PCA fitted on it (npm run fit:frame-pca)`,
    );
  });

  it('names a missing model file clearly', async () => {
    await expect(onnxFrameExtractor({ ...nchw, path: path.join(dir, 'nope.onnx') })).rejects.toThrow(
      `VMR_FRAME_MODEL: cannot read ${path.join(dir, 'nope.onnx')} (ENOENT)`,
    );
  });
});
