/**
 * The video side of the media module: 1 fps frames through a frame extractor and its PCA to
 * 1024-d, the audio track through the audio front end, and optional on-screen text
 * (docs/media.md, "Video"). The only file outside src/media/video imports.
 */
export { extractVideo, warmUpVideo } from './extract-video.js';
export type { ExtractVideoOptions, VideoExtraction, VisualFeatures } from './extract-video.js';
export { visualFrontEnd } from './visual-front-end.js';
export type { VisualFrontEnd } from './visual-front-end.js';
export { streamFrames } from './frame-stream.js';
export type { FrameSize, FrameStream, FrameStreamOptions } from './frame-stream.js';
export {
  DEFAULT_RELATIVE_EPSILON,
  fitFramePca,
  FramePcaProjection,
  pcaSpectrum,
  VISUAL_DIM,
} from './pca/frame-pca.js';
export type { FramePcaParams, PcaSpectrum } from './pca/frame-pca.js';
export { PcaAccumulator } from './pca/pca-accumulator.js';
export { FRAME_PCA_FORMAT, FramePcaError, readFramePca, writeFramePca } from './pca/pca-store.js';
export type { FramePcaManifest, StoredFramePca } from './pca/pca-store.js';
export { addVideosToPca, fitAccumulated, fitFramePcaOnVideos } from './pca/fit-from-videos.js';
export {
  addImagesToPca,
  cropAndScale,
  cropBoxes,
  decodeImage,
  DEFAULT_CROPS_PER_IMAGE,
  IMAGE_EXTENSIONS,
} from './pca/fit-from-images.js';
export type { AddImagesResult, CropBox, RgbImage } from './pca/fit-from-images.js';
export type { FitProgress, FitResult } from './pca/fit-from-videos.js';
export { SYNTHETIC_SECONDS, SYNTHETIC_SOURCES, writeSyntheticCorpus } from './pca/synthetic-corpus.js';
