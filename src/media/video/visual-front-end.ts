import type { VideoConfig } from '../../config.js';
import type { FrameExtractor } from '../frame-extractors/index.js';
import { configuredFrameExtractor } from '../frame-extractors/index.js';
import type { FrontEnd } from '../front-end.js';
import { FramePcaProjection } from './pca/frame-pca.js';
import type { FramePcaManifest } from './pca/pca-store.js';
import { readFramePca } from './pca/pca-store.js';

/**
 * The visual front end: a frame extractor followed by the PCA fitted on its features. Its key
 * names both, "<extractor id>+<pca name>@<pca version>" (e.g. "mobilenetv2-nsfwjs+pca@1"); the
 * PCA manifest pins the extractor's version, so the key identifies the whole feature space.
 */
export interface VisualFrontEnd {
  frontEnd: FrontEnd;
  extractor: FrameExtractor;
  projection: FramePcaProjection;
  pca: FramePcaManifest;
}

const cache = new Map<string, Promise<VisualFrontEnd>>();

/** Loaded once per (extractor, PCA directory) and kept: a refitted PCA takes a restart. */
export function visualFrontEnd(
  config: Pick<VideoConfig, 'frameExtractor' | 'frameModel' | 'framePcaDir'>,
): Promise<VisualFrontEnd> {
  const key = JSON.stringify([config.frameExtractor, config.frameModel, config.framePcaDir]);
  let fe = cache.get(key);
  if (!fe) {
    fe = (async () => {
      const extractor = await configuredFrameExtractor(config);
      const { manifest, params } = await readFramePca(config.framePcaDir, extractor);
      if (params.inputDim !== extractor.dim)
        throw new Error(
          `Frame PCA ${manifest.name}@${manifest.version} takes ${params.inputDim}-d features; ${extractor.id} gives ${extractor.dim}`,
        );
      return {
        frontEnd: { modality: 'visual', name: `${extractor.id}+${manifest.name}`, version: manifest.version },
        extractor,
        projection: new FramePcaProjection(params),
        pca: manifest,
      };
    })();
    cache.set(key, fe);
    fe.catch(() => cache.delete(key));
  }
  return fe;
}
