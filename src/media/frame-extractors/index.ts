/**
 * Frame extractors: what turns a decoded frame into a feature vector (see frame-extractor.ts).
 * The default is nsfwjs's MobileNetV2 on tfjs-wasm; VMR_FRAME_EXTRACTOR / VMR_FRAME_MODEL pick
 * another (src/config.ts).
 */
import type { VideoConfig } from '../../config.js';
import { UnreachableCaseError } from '../../errors.js';
import type { FrameExtractor } from './frame-extractor.js';
import { nsfwjsExtractor } from './nsfwjs-extractor.js';
import { onnxFrameExtractor } from './onnx-extractor.js';

export type { FrameExtractor } from './frame-extractor.js';
export { frameBytes } from './frame-extractor.js';
export { NSFWJS_BACKBONES, nsfwjsExtractor } from './nsfwjs-extractor.js';
export type { NsfwjsExtractorId } from './nsfwjs-extractor.js';
export { onnxFrameExtractor } from './onnx-extractor.js';
export type { OnnxFrameModelConfig } from './onnx-extractor.js';

/** The configured extractor, loaded once per process and warmed up. */
export function configuredFrameExtractor(
  video: Pick<VideoConfig, 'frameExtractor' | 'frameModel'>,
): Promise<FrameExtractor> {
  const name = video.frameExtractor;
  switch (name) {
    case 'mobilenetv2-nsfwjs':
    case 'inceptionv3-nsfwjs':
      return nsfwjsExtractor(name);
    case 'onnx':
      if (!video.frameModel) throw new RangeError('frameExtractor onnx needs frameModel (VMR_FRAME_MODEL)');
      return onnxFrameExtractor(video.frameModel);
    default:
      throw new UnreachableCaseError(name);
  }
}
