import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The admin console and the GraphQL explorer: two pages of one Vite build, served by the platform
// at /console and /graphiql (src/http/console.ts). Vite 8 compiles TSX with oxc, so no React
// plugin is needed; `npm install` and `npm start` build it (scripts/build-console.mjs).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/console/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      input: { console: `${root}index.html`, graphiql: `${root}graphiql.html` },
      onwarn(warning, warn) {
        // graphiql's dependencies carry React Server Components' "use client" directives,
        // which mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
