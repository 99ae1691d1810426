// Builds the admin console (console/, React + Vite) into console/dist when it is missing or older
// than its sources. `npm install` (postinstall) and `npm start` (prestart) run it, so the console
// needs no set-up command of its own. --force rebuilds regardless.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('../console/', import.meta.url));
const stamp = join(root, 'dist', 'index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
if (!existsSync(vite)) {
  // A production install without dev dependencies: serve whatever build is there.
  console.warn('[console] vite is not installed; skipping the console build');
  process.exit(0);
}
const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newest(root)) process.exit(0);
console.log('[console] building the admin console');
const result = spawnSync(process.execPath, [vite, 'build', '--config', join(root, 'vite.config.ts')], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
