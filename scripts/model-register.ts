// Registers a model directory made by `npm run train` (manifest.json + ONNX files) as a READY
// model version: copied to MODELS_DIR/<version>/, its manifest and ONNX sessions checked, and
// recorded in model_version. Then embed and activate it like any other version:
//
//   npm run model:register -- /tmp/my-model --name my-model-v2
//   npm run embed -- --version my-model-v2
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';
import { registerModelDir } from '../src/models/register-model.js';

const USAGE = 'usage: npm run model:register -- MODEL_DIR [--name VERSION]';

function fail(message: string): never {
  console.error(`model:register: ${message}`);
  process.exit(1);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`give exactly one model directory\n${USAGE}`);

const config = loadConfig();
let failed = false;
const db = await openDatabase(config);
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
