/**
 * Prints the bench results as Markdown tables (for docs/ml.md and the README):
 * npx tsx bench/ml/render-results.ts
 */
import { existsSync, readFileSync } from 'node:fs';

import type { BenchResult } from './ii-result.js';
import { renderMarkdown } from './render-ii.js';

if (existsSync('bench/results/ii-loss.json')) {
  const r = JSON.parse(readFileSync('bench/results/ii-loss.json', 'utf8')) as BenchResult;
  console.log(renderMarkdown(r));
}
for (const name of ['train', 'embed']) {
  const p = `bench/results/${name}.json`;
  if (!existsSync(p)) continue;
  const r = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  const keys =
    name === 'train'
      ? [
          'batch',
          'ortMsPerStep',
          'tfjsMsPerStep',
          'speedup',
          'samplesPerSec',
          'achievedGflops',
          'matmulCeilingGflops',
          'ceilingFraction',
          'loadAverage1m',
        ]
      : ['tracksPerSec', 'secondsPerTrack', 'batch', 'framesPerTrack', 'loadAverage1m'];
  console.log(`\n${p}:\n\n| ${keys.join(' | ')} |\n|${keys.map(() => '---').join('|')}|`);
  console.log(
    `| ${keys.map((k) => (typeof r[k] === 'number' ? Number((r[k] as number).toPrecision(4)) : r[k])).join(' | ')} |`,
  );
}
