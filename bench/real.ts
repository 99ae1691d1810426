/**
 * bench:real — retrieval on real music (issue 22, item 7). See bench/README.md, "Real media".
 *
 *   npm run bench:real                          # full tier: ≥200 recordings, 9 soundtracks
 *   npm run bench:real -- --tier small          # ~20 Wesnoth recordings (minutes)
 *   npm run bench:real -- --excerpts 3 --keep   # 3 excerpts per test recording; keep the database
 *
 * 1. corpus: Debian soundtrack packages (installed when missing), licences checked, split by
 *    recording (bench/real/corpus.ts); 2. the platform in-process on a fresh Postgres database
 *    with the demo catalog, every recording ingested through POST /uploads + attachTrackAudio;
 * 3. degraded MP3 excerpts of the test recordings (bench/real/excerpts.ts); 4. the model-free
 *    baseline, then the model ACTIVE at start (the shipped default), each with bootstrap
 *    intervals; further models: activate them, then measureActiveModel(ctx, label).
 * Writes bench/results/real.json (real-small.json for the small tier) and prints a table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { corpusSummary, ensureInstalled, listCorpus, SOUNDTRACKS, type Tier } from './real/corpus.js';
import {
  benchLog as log,
  ingestRecordings,
  measureActiveModel,
  measureBaseline,
  prepareDemoQueries,
  prepareExcerpts,
  startBench,
  stopBench,
  trainAndActivate,
  type RealBenchContext,
} from './real/harness.js';
import { markdownTable } from './real/metrics.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const tier = opt('tier', 'full') as Tier;
if (tier !== 'small' && tier !== 'full') throw new Error(`--tier must be small or full, got ${tier}`);
const excerptsPerRecording = Number(opt('excerpts', tier === 'small' ? '3' : '2'));
const seed = Number(opt('seed', '1'));
const out = opt('out', tier === 'small' ? 'bench/results/real-small.json' : 'bench/results/real.json');

export function writeResults(ctx: RealBenchContext, file: string, extra: object = {}): void {
  const result = {
    rows: ctx.rows.map(({ model, metric, value, ci, n, note }) => ({
      model,
      metric,
      value,
      ci,
      n,
      ...(note ? { note } : {}),
    })),
    corpus: corpusSummary(ctx.corpus),
    protocol: {
      split: 'by recording: sha256 of "<package>:<path>" → train 60% / val 20% / test 20%',
      excerpts: {
        perTestRecording: excerptsPerRecording,
        seed,
        lengthS: [15, 30],
        gainDb: '±3–6',
        noise: 'white or pink, 20–30 dB SNR',
        codec: 'MP3 48 or 64 kbps, 22.05 kHz',
        list: ctx.excerpts.map(({ id, startS, endS, gainDb, noise, snrDb, bitrateKbps }) => ({
          id,
          startS,
          endS,
          gainDb,
          noise,
          snrDb,
          bitrateKbps,
        })),
      },
      excerptSearch:
        'rank of the excerpt’s own recording among every ingested recording (musicLikeUpload, first 10)',
      similarTracks:
        'each ingested test recording as the seed; P@10 = share of the 10 results from its soundtrack',
      textToMusic:
        'held-out demo tracks (sha256 of "demo:<ISRC>" in the test 20%): their tag names as musicForVideo text, ranked among the demo catalog; R@10',
      intervals: 'percentile bootstrap over recordings (1,000 resamples, seed 1), 95%',
      baseline:
        'per-second vmr-logmel@1 features, mean ⊕ std over seconds, z-scored per dimension over the catalog, cosine',
    },
    tracks: [...ctx.tracks.values()].map(({ key, soundtrack, split, status }) => ({
      key,
      soundtrack,
      split,
      status,
    })),
    notes: ctx.notes,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() },
    date: new Date().toISOString(),
    ...extra,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`wrote ${file}`);
}

const started = performance.now();
await ensureInstalled(tier === 'small' ? SOUNDTRACKS.slice(0, 1) : SOUNDTRACKS, log);
const corpus = await listCorpus(tier, { log });
const summary = corpusSummary(corpus);
log(
  `corpus (${tier}): ${summary.recordings} recordings from ${summary.soundtracks} soundtracks, ${summary.audioSeconds} s of audio`,
);
for (const [pkg, n] of Object.entries(summary.perSoundtrack))
  log(`  ${pkg}: ${n.total} (train ${n.train}, val ${n.val}, test ${n.test})`);
const ctx = await startBench(corpus, { log, keep: args.includes('--keep') });
try {
  // Train and val first, then test: a caller that trains models between the two phases (with
  // the test recordings not yet in the catalog) cannot train on them.
  await ingestRecordings(
    ctx,
    corpus.recordings.filter((r) => r.split !== 'test'),
  );
  await ingestRecordings(
    ctx,
    corpus.recordings.filter((r) => r.split === 'test'),
  );
  await prepareExcerpts(ctx, excerptsPerRecording, seed);
  await prepareDemoQueries(ctx);
  await measureBaseline(ctx);
  await measureActiveModel(ctx, 'shipped default model');
  // The self-supervised model on the catalog's own audio: InfoNCE alone (λ = 0), then with the
  // II loss's intra term, λ chosen by validation (held-out recordings) among the grid's values.
  const runs: Record<string, unknown> = {};
  for (const [label, grid] of [
    ['self-supervised, InfoNCE (λ = 0)', [0]],
    ['self-supervised, II loss (λ by validation)', [0.1, 0.5, 2]],
  ] as const) {
    runs[label] = await trainAndActivate(ctx, label, {
      objectives: ['MUSIC_SELF_SUPERVISED'],
      lambdaGrid: [...grid],
      seed,
      // What the console's "Adapt" sends: a catalog fills few batches, so smaller ones and more epochs.
      batchSize: 16,
      epochs: 100,
      patience: 25,
    });
    await measureActiveModel(ctx, label);
  }
  writeResults(ctx, out, { wallSeconds: Math.round((performance.now() - started) / 1000), runs });
  console.log(markdownTable(ctx.rows));
} finally {
  await stopBench(ctx);
}
