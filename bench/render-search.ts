// Prints bench/results/search*.json as the README's markdown table.
//   npx tsx bench/render-search.ts [bench/results/search.json ...]
import { readFileSync } from 'node:fs';

interface Row {
  selectivity: number;
  queries: number;
  recallAt10: number;
  alwaysFull: boolean;
  p50Ms: number;
  p95Ms: number;
  exactP50Ms: number;
  exactP95Ms: number;
  speedupP50: number;
  concurrent16: { qps: number; p50Ms: number; p95Ms: number; errors: number };
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['bench/results/search.json'];
for (const file of files) {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    tracks: number;
    indexBuildSec: number;
    indexSizeBytes: number;
    selectivities: Row[];
  };
  console.log(
    `${r.tracks.toLocaleString('en')} tracks; HNSW index built in ${r.indexBuildSec} s, ${(r.indexSizeBytes / 2 ** 20).toFixed(0)} MiB\n`,
  );
  console.log(
    '| selectivity | queries | recall@10 | always full | p50 ms | p95 ms | exact p50 ms | exact p95 ms | speed-up p50 | 16 clients QPS | 16 clients p50 / p95 ms | errors |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of r.selectivities) {
    console.log(
      `| ${(s.selectivity * 100).toFixed(1)}% | ${s.queries} | ${s.recallAt10.toFixed(3)} | ${s.alwaysFull ? 'yes' : 'no'} | ${s.p50Ms} | ${s.p95Ms} | ${s.exactP50Ms} | ${s.exactP95Ms} | ${s.speedupP50}× | ${s.concurrent16.qps} | ${s.concurrent16.p50Ms} / ${s.concurrent16.p95Ms} | ${s.concurrent16.errors} |`,
    );
  }
  console.log();
}
