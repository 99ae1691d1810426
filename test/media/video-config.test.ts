import path from 'node:path';
import { loadConfig } from '../../src/config.js';

const NAMES = [
  'VMR_FRAME_EXTRACTOR',
  'VMR_FRAME_MODEL',
  'VMR_FRAME_MODEL_SIZE',
  'VMR_FRAME_MODEL_LAYOUT',
  'VMR_FRAME_MODEL_SCALE',
  'VMR_FRAME_MODEL_OUTPUT',
  'VMR_FRAME_PCA',
  'VMR_OCR',
  'VMR_OCR_EVERY_S',
  'VMR_OCR_MAX_FRAMES',
] as const;

describe('loadConfig: video', () => {
  const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]));
  beforeEach(() => NAMES.forEach((n) => delete process.env[n]));
  afterAll(() => {
    for (const n of NAMES) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });

  it('defaults to MobileNetV2 with the shipped PCA, OCR off', () => {
    expect(loadConfig().video).toEqual({
      frameExtractor: 'mobilenetv2-nsfwjs',
      frameModel: undefined,
      framePcaDir: path.resolve('models/frame-pca/mobilenetv2-nsfwjs-photos-v1'),
      ocr: false,
      ocrEveryS: 5,
      ocrMaxFrames: 12,
    });
  });

  it('takes a user ONNX model with its size, layout, scaling and output', () => {
    Object.assign(process.env, {
      VMR_FRAME_MODEL: 'models/mine.onnx',
      VMR_FRAME_MODEL_SIZE: '256x192',
      VMR_FRAME_MODEL_LAYOUT: 'NHWC',
      VMR_FRAME_MODEL_SCALE: 'imagenet',
      VMR_FRAME_MODEL_OUTPUT: 'pool',
      VMR_FRAME_PCA: 'data/frame-pca/mine',
      VMR_OCR: 'on',
    });
    expect(loadConfig().video).toMatchObject({
      frameExtractor: 'onnx',
      frameModel: {
        path: path.resolve('models/mine.onnx'),
        width: 256,
        height: 192,
        layout: 'NHWC',
        scale: 'imagenet',
        output: 'pool',
      },
      framePcaDir: path.resolve('data/frame-pca/mine'),
      ocr: true,
    });
  });

  it('refuses malformed values, naming the variable', () => {
    process.env.VMR_FRAME_EXTRACTOR = 'resnet';
    expect(() => loadConfig()).toThrow(
      'Environment variable VMR_FRAME_EXTRACTOR must be one of mobilenetv2-nsfwjs, inceptionv3-nsfwjs, onnx, got "resnet"',
    );
    process.env.VMR_FRAME_EXTRACTOR = 'onnx';
    expect(() => loadConfig()).toThrow(
      'VMR_FRAME_EXTRACTOR=onnx needs VMR_FRAME_MODEL=<path to an .onnx image model>',
    );
    delete process.env.VMR_FRAME_EXTRACTOR;
    process.env.VMR_FRAME_MODEL = 'm.onnx';
    process.env.VMR_FRAME_MODEL_SIZE = '224';
    expect(() => loadConfig()).toThrow('VMR_FRAME_MODEL_SIZE must be WIDTHxHEIGHT, e.g. 224x224, got "224"');
    delete process.env.VMR_FRAME_MODEL_SIZE;
    process.env.VMR_FRAME_MODEL_LAYOUT = 'CHW';
    expect(() => loadConfig()).toThrow(/VMR_FRAME_MODEL_LAYOUT must be one of NCHW, NHWC/);
    delete process.env.VMR_FRAME_MODEL_LAYOUT;
    process.env.VMR_OCR = 'yes';
    expect(() => loadConfig()).toThrow(/VMR_OCR must be one of on, off/);
  });
});
