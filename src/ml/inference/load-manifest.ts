import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ModelManifestMismatchError, ModelNotFoundError } from '../features/errors.js';
import { expectedIo } from '../export/export-model.js';
import { MODEL_FORMAT } from '../export/manifest.js';
import type { ModelManifest } from '../export/manifest.js';

/**
 * Reads and checks models/<version>/manifest.json: the format, each file's sha256,
 * and that the declared ONNX inputs/outputs are the ones this code feeds.
 */
export async function loadManifest(modelDir: string): Promise<ModelManifest> {
  const dir = resolve(modelDir);
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new ModelNotFoundError(dir, 'no such directory');
  let text: string;
  try {
    text = await readFile(join(dir, 'manifest.json'), 'utf8');
  } catch {
    throw new ModelNotFoundError(dir, 'no manifest.json');
  }
  const m = JSON.parse(text) as ModelManifest;
  if (m.format !== MODEL_FORMAT)
    throw new ModelManifestMismatchError(
      `${dir}/manifest.json has format ${JSON.stringify(m.format)}, expected ${MODEL_FORMAT}`,
    );
  const io = expectedIo(m.modelConfig);
  for (const tower of ['video', 'music'] as const) {
    const file = `${tower}.onnx` as const;
    const spec = m.files?.[file];
    if (!spec) throw new ModelManifestMismatchError(`${dir}/manifest.json does not list ${file}`);
    const declared = JSON.stringify({ inputs: spec.inputs, outputs: spec.outputs });
    if (declared !== JSON.stringify(io[tower])) {
      throw new ModelManifestMismatchError(
        `${dir}/manifest.json: ${file} declares ${declared}, this runtime needs ${JSON.stringify(io[tower])}`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch {
      throw new ModelNotFoundError(dir, `missing ${file}`);
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== spec.sha256)
      throw new ModelManifestMismatchError(
        `${dir}/${file}: sha256 ${sha} does not match manifest ${spec.sha256}`,
      );
  }
  return m;
}
