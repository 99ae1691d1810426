// Registers a model directory made by `npm run train` (manifest.json + ONNX files) as a READY
// model version: copied to MODELS_DIR/<version>/, its manifest and ONNX sessions checked, and
// recorded in model_version. Then embed and activate it like any other version:
//
//   npm run model:register -- /tmp/my-model --name my-model-v2
//   npm run embed -- --version my-model-v2
import { loadConfig } from '../src/config.js';
import { registerModelDir } from '../src/models/register-model.js';
import { fail, openCliDatabase, parseCli } from './cli-args.js';

const NAME = 'model:register';
const USAGE = 'usage: npm run model:register -- MODEL_DIR [--name VERSION]';
const { values, positionals } = parseCli(NAME, USAGE, { name: { type: 'string' } });
if (positionals.length !== 1) fail(NAME, `give exactly one model directory\n${USAGE}`);

const config = loadConfig();
let failed = false;
const db = await openCliDatabase('model-register', config);
try {
  const version = await registerModelDir(db.database.prisma, config.modelsDir, positionals[0]!, {
    ...(values.name ? { name: values.name } : {}),
  });
  console.log(
    `registered model ${version.version} (${version.status}) at ${config.modelsDir}/${version.path}`,
  );
  console.log(`next: npm run embed -- --version ${version.version}, then activate it`);
  console.log(
    JSON.stringify({
      event: 'done',
      id: version.id,
      version: version.version,
      status: version.status,
      path: version.path,
    }),
  );
} catch (error) {
  console.error(`model:register: ${(error as Error).message}`);
  failed = true;
} finally {
  await db.close();
}
if (failed) process.exit(1);
