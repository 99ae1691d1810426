// Creates an ADMIN API key and prints it once.
//   npm run create-admin-key -- [name]       # writes the key to the database (server stopped)
//   npm run create-admin-key -- --generate   # prints a new key for VMR_BOOTSTRAP_ADMIN_KEY; writes nothing
import { createApiKey, generateApiKeySecret } from '../src/auth/api-keys.js';
import { loadConfig } from '../src/config.js';
import { openCliDatabase, parseCli } from './cli-args.js';

const NAME = 'create-admin-key';
const USAGE = `Usage: npm run ${NAME} -- [name] | --generate`;
const { values, positionals } = parseCli(NAME, USAGE, { generate: { type: 'boolean', default: false } });

if (values.generate) {
  console.log(generateApiKeySecret().secret);
  process.exit(0);
}

const name = positionals[0] ?? 'first admin';
const db = await openCliDatabase(
  NAME,
  loadConfig(),
  'While the server runs: start it with VMR_BOOTSTRAP_ADMIN_KEY set (make one with ' +
    '`npm run create-admin-key -- --generate`), then create further keys with the createApiKey mutation.',
);
try {
  const { apiKey, secret } = await createApiKey(db.database.prisma, name, 'ADMIN');
  console.log(
    `Created ADMIN key "${apiKey.name}" (prefix ${apiKey.prefix}). Store it now; it is not shown again:`,
  );
  console.log(secret);
} finally {
  await db.close();
}
