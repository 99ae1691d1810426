import { defineConfig } from 'prisma/config';

// The Prisma CLI (generate; migrate deploy where its schema engine is available) reads this.
// The app itself builds its connection from DATABASE_URL or the embedded PGlite default.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/vmr' },
});
