import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paramSpecs, sizeOf } from '../model/params.js';
import type { ParamStore } from '../model/params.js';
import type { ModelConfig } from '../model/config.js';

/** Concatenates parameters in paramSpecs order (the layout is implied by the config). */
export function packParams(c: ModelConfig, p: ParamStore): Float32Array {
  const specs = paramSpecs(c);
  const out = new Float32Array(specs.reduce((n, s) => n + sizeOf(s.shape), 0));
  let off = 0;
  for (const s of specs) {
    out.set(p.get(s.name)!, off);
    off += sizeOf(s.shape);
  }
  return out;
}

export function unpackParams(c: ModelConfig, flat: Float32Array): ParamStore {
  const store: ParamStore = new Map();
  let off = 0;
  for (const s of paramSpecs(c)) {
    const n = sizeOf(s.shape);
    if (off + n > flat.length) throw new RangeError(`checkpoint: parameter data too short for ${s.name}`);
    store.set(s.name, flat.slice(off, off + n));
    off += n;
  }
  if (off !== flat.length)
    throw new RangeError(`checkpoint: ${flat.length - off} extra values after the last parameter`);
  return store;
}

export interface CheckpointState<Meta> {
  meta: Meta;
  tensors: Record<string, ParamStore>;
}

/** Writes meta JSON + one .bin per tensor group, atomically (tmp then rename), so a kill mid-write keeps the previous checkpoint. */
export async function saveCheckpoint<Meta>(
  dir: string,
  c: ModelConfig,
  state: CheckpointState<Meta>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [k, p] of Object.entries(state.tensors)) {
    const flat = packParams(c, p);
    await writeFile(join(dir, `${k}.bin.tmp`), new Uint8Array(flat.buffer));
    await rename(join(dir, `${k}.bin.tmp`), join(dir, `${k}.bin`));
  }
  await writeFile(
    join(dir, 'checkpoint.json.tmp'),
    JSON.stringify({ meta: state.meta, tensors: Object.keys(state.tensors) }, null, 1),
  );
  await rename(join(dir, 'checkpoint.json.tmp'), join(dir, 'checkpoint.json'));
}

export async function loadCheckpoint<Meta>(dir: string, c: ModelConfig): Promise<CheckpointState<Meta>> {
  const head = JSON.parse(await readFile(join(dir, 'checkpoint.json'), 'utf8')) as {
    meta: Meta;
    tensors: string[];
  };
  const tensors: Record<string, ParamStore> = {};
  for (const k of head.tensors) {
    const b = await readFile(join(dir, `${k}.bin`));
    tensors[k] = unpackParams(c, new Float32Array(new Uint8Array(b).buffer));
  }
  return { meta: head.meta, tensors };
}
