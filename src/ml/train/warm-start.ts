import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelConfig } from '../model/config.js';
import type { ParamStore } from '../model/params.js';
import { packParams, unpackParams } from './checkpoint.js';

/**
 * Weights stored beside an exported model, for warm starts: every parameter in paramSpecs
 * order, float32 little-endian, the checkpoint layout (./checkpoint.ts). The layout is implied
 * by the manifest's modelConfig, so only the same architecture can read them back.
 */
export const WEIGHTS_FILE = 'weights.bin';

export async function writeModelWeights(dir: string, config: ModelConfig, params: ParamStore): Promise<void> {
  const flat = packParams(config, params);
  await writeFile(join(dir, WEIGHTS_FILE), new Uint8Array(flat.buffer, flat.byteOffset, flat.byteLength));
}

/** Reads a model's weights for `config`; throws RangeError when their size does not fit it. */
export async function readModelWeights(dir: string, config: ModelConfig): Promise<ParamStore> {
  const bytes = await readFile(join(dir, WEIGHTS_FILE));
  if (bytes.byteLength % 4 !== 0)
    throw new RangeError(
      `${WEIGHTS_FILE}: ${bytes.byteLength} bytes is not a whole number of float32 values`,
    );
  return unpackParams(config, new Float32Array(new Uint8Array(bytes).buffer));
}

/** The architecture fields that must agree for weights to carry over (all of ModelConfig). */
export function sameArchitecture(a: ModelConfig, b: ModelConfig): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ModelConfig>;
  return [...keys].every((k) => a[k] === b[k]);
}
