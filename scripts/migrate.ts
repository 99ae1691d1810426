// Applies prisma/migrations to DATABASE_URL (or the embedded database) without Prisma's schema
// engine, recording them in _prisma_migrations the way `prisma migrate deploy` does.
import { loadConfig } from '../src/config.js';
import { openCliDatabase } from './cli-args.js';

const db = await openCliDatabase('migrate', loadConfig());
console.log(JSON.stringify(db.migrations));
await db.close();
