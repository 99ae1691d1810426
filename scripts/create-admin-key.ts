// Creates an ADMIN API key and prints it once. Usage: npm run create-admin-key -- [name]
import { createApiKey } from '../src/auth/api-keys.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open.js';

const name = process.argv[2] ?? 'first admin';
const db = await openDatabase(loadConfig());
try {
  const { apiKey, secret } = await createApiKey(db.database.prisma, name, 'ADMIN');
  console.log(
    `Created ADMIN key "${apiKey.name}" (prefix ${apiKey.prefix}). Store it now; it is not shown again:`,
  );
  console.log(secret);
} finally {
  await db.close();
}
