/**
 * Prints the bench results as Markdown tables (for docs/ml.md and the README):
 * npx tsx bench/ml/render-results.ts
 */
import { existsSync, readFileSync } from 'node:fs';

type S = { mean: number; sd: number };
const f = (m: S, d = 3) => `${m.mean.toFixed(d)} ± ${m.sd.toFixed(d)}`;

if (existsSync('bench/results/ii-loss.json')) {
  const r = JSON.parse(readFileSync('bench/results/ii-loss.json', 'utf8'));
  console.log(
    `Test split: ${r.dataset.pairs.test} held-out pairs, ${r.dataset.styles} styles; ${r.protocol.budget}; mean ± sd over seeds ${r.protocol.seeds.join(', ')}.\n`,
  );
  console.log(
    '| arm | seeds | compatible P@10 | compatible R@10 | v2m R@1 | v2m R@10 | v2m R@50 | v2m medR | v2m meanR | m2v R@1 | m2v R@10 | m2v medR |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [arm, s] of Object.entries(r.summary) as [string, Record<string, S & Record<string, S>>][]) {
    const v = s.v2m as unknown as Record<string, S>;
    const m = s.m2v as unknown as Record<string, S>;
    console.log(
      `| ${arm} | ${s.seeds} | ${f(s.compatiblePrecisionAt10!)} | ${f(s.compatibleRecallAt10!)} | ${f(v.r1!)} | ${f(v.r10!)} | ${f(v.r50!)} | ${f(v.medianRank!, 1)} | ${f(v.meanRank!, 1)} | ${f(m.r1!)} | ${f(m.r10!)} | ${f(m.medianRank!, 1)} |`,
    );
  }
  console.log('\n| claim (compatible P@10) | mean difference | spread (larger seed sd) | holds |');
  console.log('|---|---|---|---|');
  for (const [k, c] of Object.entries(r.claims) as [
    string,
    { diff: number; spread: number; holds: boolean } | null,
  ][]) {
    if (c)
      console.log(`| ${k} | ${c.diff.toFixed(4)} | ${c.spread.toFixed(4)} | ${c.holds ? 'yes' : 'no'} |`);
  }
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
