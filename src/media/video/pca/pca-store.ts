import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FramePcaParams } from './frame-pca.js';
import { VISUAL_DIM } from './frame-pca.js';

/**
 * A fitted frame PCA on disk, versioned like a model: a directory holding manifest.json and three
 * little-endian float32 files, each with its sha256 in the manifest (checked on every load).
 * The manifest names the extractor the PCA was fitted on: features through a PCA fitted on
 * another extractor's space would be noise, so loading for a different extractor is refused.
 */
export const FRAME_PCA_FORMAT = 'vmr-frame-pca';
export const FRAME_PCA_FORMAT_VERSION = 1;

export interface FramePcaManifest {
  format: typeof FRAME_PCA_FORMAT;
  formatVersion: typeof FRAME_PCA_FORMAT_VERSION;
  /** With `version`, the visual front end's suffix: "<extractor>+<name>@<version>". */
  name: string;
  version: number;
  extractor: { id: string; version: number };
  inputDim: number;
  outputDim: typeof VISUAL_DIM;
  /** Components kept; outputs components..1023 are zero padding. */
  components: number;
  whitening: { epsilon: number };
  quantization: { dtype: 'uint8'; min: number; max: number };
  explainedVariance: number;
  /**
   * What it was fitted on: `frames` in all, from `videos` videos and (a photo corpus) `images`
   * still images at `cropsPerImage` frames each; `sources` names the files or generators.
   */
  fit: {
    frames: number;
    videos: number;
    images?: number;
    cropsPerImage?: number;
    sources: string[];
    createdAt: string;
    recipe: string;
  };
  files: Record<'mean' | 'vectors' | 'eigenvalues', { path: string; dims: number[]; sha256: string }>;
}

export class FramePcaError extends Error {
  override readonly name = 'FramePcaError';
}

export interface StoredFramePca {
  manifest: FramePcaManifest;
  params: FramePcaParams;
}

const FILES = { mean: 'mean.f32', vectors: 'vectors.f32', eigenvalues: 'eigenvalues.f32' } as const;

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytesOf = (a: Float32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Writes `dir` whole or not at all: into a sibling temporary directory, renamed into place, so a
 * crash never leaves a manifest pointing at half a matrix. An existing `dir` is replaced.
 */
export async function writeFramePca(
  dir: string,
  params: FramePcaParams,
  meta: Pick<FramePcaManifest, 'name' | 'version' | 'extractor' | 'fit'>,
): Promise<FramePcaManifest> {
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const arrays = { mean: params.mean, vectors: params.vectors, eigenvalues: params.eigenvalues };
  const dims = {
    mean: [params.inputDim],
    vectors: [params.components, params.inputDim],
    eigenvalues: [params.components],
  };
  const files = {} as FramePcaManifest['files'];
  for (const key of Object.keys(FILES) as Array<keyof typeof FILES>) {
    const b = bytesOf(arrays[key]);
    await writeFile(path.join(tmp, FILES[key]), b);
    files[key] = { path: FILES[key], dims: dims[key], sha256: sha256(b) };
  }
  const manifest: FramePcaManifest = {
    format: FRAME_PCA_FORMAT,
    formatVersion: FRAME_PCA_FORMAT_VERSION,
    ...meta,
    inputDim: params.inputDim,
    outputDim: VISUAL_DIM,
    components: params.components,
    whitening: { epsilon: params.epsilon },
    quantization: { dtype: 'uint8', min: -2, max: 2 },
    explainedVariance: params.explainedVariance,
    files,
  };
  await writeFile(path.join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return manifest;
}

/** Reads and verifies a stored PCA; `extractor`, when given, must be the one it was fitted on. */
export async function readFramePca(
  dir: string,
  extractor?: { id: string; version: number },
): Promise<StoredFramePca> {
  const where = path.basename(dir);
  let manifest: FramePcaManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as FramePcaManifest;
  } catch (e) {
    throw new FramePcaError(
      `Frame PCA ${where}: no readable manifest.json in ${dir} (${(e as Error).message}); fit one with npm run fit:frame-pca`,
    );
  }
  if (manifest.format !== FRAME_PCA_FORMAT || manifest.formatVersion !== FRAME_PCA_FORMAT_VERSION)
    throw new FramePcaError(
      `Frame PCA ${where}: format ${manifest.format}/${manifest.formatVersion} is not ${FRAME_PCA_FORMAT}/${FRAME_PCA_FORMAT_VERSION}`,
    );
  if (
    extractor &&
    (manifest.extractor.id !== extractor.id || manifest.extractor.version !== extractor.version)
  )
    throw new FramePcaError(
      `Frame PCA ${where} was fitted on ${manifest.extractor.id} v${manifest.extractor.version}, not on the configured extractor ${extractor.id} v${extractor.version}; set VMR_FRAME_PCA to a PCA fitted on it (npm run fit:frame-pca)`,
    );
  const arrays = {} as Record<keyof typeof FILES, Float32Array>;
  for (const key of Object.keys(FILES) as Array<keyof typeof FILES>) {
    const spec = manifest.files[key];
    const b = await readFile(path.join(dir, spec.path));
    if (sha256(b) !== spec.sha256)
      throw new FramePcaError(`Frame PCA ${where}: ${spec.path} does not match its sha256 in manifest.json`);
    const want = spec.dims.reduce((p, d) => p * d, 1) * 4;
    if (b.byteLength !== want)
      throw new FramePcaError(`Frame PCA ${where}: ${spec.path} has ${b.byteLength} bytes, expected ${want}`);
    // Copy into an aligned buffer (a Buffer slice may not be 4-byte aligned).
    arrays[key] = new Float32Array(Uint8Array.from(b).buffer);
  }
  const k = manifest.components;
  if (
    arrays.mean.length !== manifest.inputDim ||
    arrays.vectors.length !== k * manifest.inputDim ||
    arrays.eigenvalues.length !== k
  )
    throw new FramePcaError(
      `Frame PCA ${where}: file shapes disagree with inputDim ${manifest.inputDim} and components ${k}`,
    );
  return {
    manifest,
    params: {
      inputDim: manifest.inputDim,
      components: k,
      epsilon: manifest.whitening.epsilon,
      mean: arrays.mean,
      vectors: arrays.vectors,
      eigenvalues: arrays.eigenvalues,
      explainedVariance: manifest.explainedVariance,
    },
  };
}
