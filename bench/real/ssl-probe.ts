/**
 * A quick probe of excerpt identification outside the API: real recordings' features, real
 * degraded MP3 excerpts (bench/real/excerpts.ts), and models trained in-process with train().
 * For choosing the self-supervised recipe before a full bench:real run.
 *
 *   npx tsx bench/real/ssl-probe.ts [folder] [--epochs 40] [--batch 16] [--lambda 0]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractAudio } from '../../src/media/audio/index.js';
import { logmelAugmenter } from '../../src/media/audio/augment.js';
import {
  dequantizeYt8m,
  EmbeddingService,
  exportModel,
  train,
  type FeatureSequence,
  trackWindows,
  type MusicRecording,
} from '../../src/ml/index.js';
import { degradedCopy, makeExcerpt } from './excerpts.js';
import { listCorpus } from './corpus.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const folder =
  args[0] && !args[0].startsWith('--') ? args[0] : '/usr/share/games/wesnoth/1.16/data/core/music';
const cache = path.join(os.tmpdir(), 'vmr-ssl-probe');
await mkdir(cache, { recursive: true });

interface Item {
  key: string;
  file: string;
  durationS: number;
  features: FeatureSequence;
}

async function features(file: string): Promise<{ seq: FeatureSequence; durationS: number } | null> {
  const out = path.join(cache, `${file.replace(/[/:]/g, '_')}.feat`);
  if (existsSync(out)) {
    const j = JSON.parse(await readFile(out, 'utf8')) as { frames: number; durationS: number; data: string };
    return {
      seq: {
        frames: j.frames,
        dim: 128,
        dtype: 'uint8',
        data: new Uint8Array(Buffer.from(j.data, 'base64')),
      },
      durationS: j.durationS,
    };
  }
  try {
    const x = await extractAudio(file);
    await writeFile(
      out,
      JSON.stringify({
        frames: x.features.frames,
        durationS: x.durationS,
        data: Buffer.from(x.features.data).toString('base64'),
      }),
    );
    return {
      seq: { frames: x.features.frames, dim: 128, dtype: 'uint8', data: x.features.data },
      durationS: x.durationS,
    };
  } catch {
    return null;
  }
}

const items: Item[] = [];
const soundtrackOf: string[] = [];
if (args.includes('--corpus')) {
  // The bench:real corpus (every soundtrack); the split is ignored here.
  const corpus = await listCorpus('full');
  for (const rec of corpus.recordings) {
    const r = await features(rec.file);
    if (r && r.durationS >= 20) {
      items.push({
        key: rec.key.replace(/[/:]/g, '_'),
        file: rec.file,
        durationS: r.durationS,
        features: r.seq,
      });
      soundtrackOf.push(rec.soundtrack);
    }
  }
} else {
  const files = (await readdir(folder)).filter((f) => /\.(ogg|mp3|flac|wav)$/.test(f)).sort();
  for (const f of files) {
    const r = await features(path.join(folder, f));
    if (r && r.durationS >= 20) {
      items.push({ key: f, file: path.join(folder, f), durationS: r.durationS, features: r.seq });
      soundtrackOf.push('one');
    }
  }
}
console.log(`${items.length} recordings`);
const queries: { item: number; seq: FeatureSequence }[] = [];
for (const [i, it] of items.entries()) {
  for (let k = 0; k < 2; k++) {
    const ex = await makeExcerpt({ key: it.key, file: it.file, durationS: it.durationS }, k, {
      dir: path.join(cache, 'excerpts'),
    });
    const r = await features(ex.file);
    if (r) queries.push({ item: i, seq: r.seq });
  }
}
console.log(`${queries.length} excerpts`);
const copies = Number(opt('copies', '2'));
const variants: FeatureSequence[][] = [];
for (const it of items) {
  const v: FeatureSequence[] = [];
  for (let k = 0; k < copies; k++) {
    const f = await degradedCopy({ key: it.key, file: it.file, durationS: it.durationS }, k, {
      dir: path.join(cache, 'copies'),
    });
    const r = await features(f);
    if (r) v.push(r.seq);
  }
  variants.push(v);
}
console.log(`${copies} degraded copies per recording`);

function ranks(trackEmb: Float32Array[], queryEmb: Float32Array[]): number[] {
  return queries.map((q, qi) => {
    const e = queryEmb[qi]!;
    const score = (t: Float32Array) => t.reduce((s, v, d) => s + v * e[d]!, 0);
    const own = score(trackEmb[q.item]!);
    return 1 + trackEmb.filter((t, ti) => ti !== q.item && score(t) > own).length;
  });
}
function windows(seq: FeatureSequence): FeatureSequence[] {
  return trackWindows(seq, Number(opt('win', '20')), Number(opt('hop', '5'))).map((w) => w.seq);
}
/** Ranks by each track's best window. */
function windowRanks(trackWins: Float32Array[][], queryEmb: Float32Array[]): number[] {
  return queries.map((q, qi) => {
    const e = queryEmb[qi]!;
    const dot = (t: Float32Array) => t.reduce((s, v, d) => s + v * e[d]!, 0);
    const best = trackWins.map((ws) => Math.max(...ws.map(dot)));
    const own = best[q.item]!;
    return 1 + best.filter((b, ti) => ti !== q.item && b > own).length;
  });
}
function report(label: string, r: number[]) {
  const at = (k: number) => r.filter((x) => x <= k).length / r.length;
  console.log(
    `${label.padEnd(44)} R@1 ${at(1).toFixed(3)}  R@10 ${at(10).toFixed(3)}  mean rank ${(r.reduce((a, b) => a + b, 0) / r.length).toFixed(2)}`,
  );
}

// Baseline: mean ⊕ std over seconds, standardised over the catalog, cosine.
function pooled(seq: FeatureSequence): Float32Array {
  const x = dequantizeYt8m(seq.data as Uint8Array);
  const out = new Float32Array(256);
  for (let d = 0; d < 128; d++) {
    let m = 0;
    for (let t = 0; t < seq.frames; t++) m += x[t * 128 + d]!;
    m /= seq.frames;
    let v = 0;
    for (let t = 0; t < seq.frames; t++) v += (x[t * 128 + d]! - m) ** 2;
    out[d] = m;
    out[128 + d] = Math.sqrt(v / seq.frames);
  }
  return out;
}
{
  const t = items.map((i) => pooled(i.features));
  const q = queries.map((x) => pooled(x.seq));
  const mu = new Float32Array(256);
  const sd = new Float32Array(256);
  for (const v of t) v.forEach((x, d) => (mu[d] += x / t.length));
  for (const v of t) v.forEach((x, d) => (sd[d] += (x - mu[d]!) ** 2 / t.length));
  const norm = (v: Float32Array) => {
    const z = v.map((x, d) => (x - mu[d]!) / Math.sqrt(sd[d]! + 1e-9));
    const n = Math.hypot(...z);
    return z.map((x) => x / n);
  };
  report('baseline (pooled mean+std)', ranks(t.map(norm), q.map(norm)));
  const tw = items.map((i) => windows(i.features).map((w) => norm(pooled(w))));
  report('baseline, best 20 s window', windowRanks(tw, q.map(norm)));
}

/** Same-soundtrack precision@10 of each recording's nearest others (unit vectors). */
function p10(emb: Float32Array[]): number {
  if (new Set(soundtrackOf).size < 2) return NaN;
  let sum = 0;
  emb.forEach((e, i) => {
    const order = emb
      .map((t, j) => ({ j, s: j === i ? -Infinity : t.reduce((a, v, d) => a + v * e[d]!, 0) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 10);
    sum += order.filter((o) => soundtrackOf[o.j] === soundtrackOf[i]).length / 10;
  });
  return sum / emb.length;
}
const meanUnit = (rows: Float32Array[]) => {
  const m = new Float32Array(rows[0]!.length);
  for (const r of rows) r.forEach((v, d) => (m[d] += v));
  const n = Math.hypot(...m) || 1;
  return m.map((v) => v / n);
};

async function measure(label: string, dir: string) {
  const svc = await EmbeddingService.open(dir);
  const t = await svc.embedMusic(items.map((i) => i.features));
  const q = await svc.embedMusic(queries.map((x) => x.seq));
  const tw: Float32Array[][] = [];
  for (const i of items) tw.push(await svc.embedMusic(windows(i.features)));
  if (args.includes('--awm')) {
    // Aligned window matching: the excerpt as consecutive A-second windows, each track as
    // A-second windows every second; a track scores its best offset's mean cosine.
    const A = Number(opt('awm-seconds', '5'));
    const trackWins: Float32Array[][] = [];
    for (const it of items)
      trackWins.push(await svc.embedMusic(trackWindows(it.features, A, 1).map((w) => w.seq)));
    const r: number[] = [];
    for (const qq of queries) {
      const subs = trackWindows(qq.seq, A, A)
        .map((w) => w.seq)
        .slice(0, Math.max(1, Math.floor(qq.seq.frames / A)));
      const qe = await svc.embedMusic(subs);
      const dot = (a: Float32Array, b: Float32Array) => a.reduce((s2, v, d) => s2 + v * b[d]!, 0);
      const scores = trackWins.map((ws) => {
        let best = -Infinity;
        for (let o = 0; o < ws.length; o++) {
          let s2 = 0;
          let n = 0;
          for (let j = 0; j < qe.length; j++) {
            const w = ws[o + j * A];
            if (!w) break;
            s2 += dot(qe[j]!, w);
            n++;
          }
          if (n === qe.length && s2 / n > best) best = s2 / n;
        }
        return best === -Infinity ? -1 : best;
      });
      const own = scores[qq.item]!;
      r.push(1 + scores.filter((x, i) => i !== qq.item && x > own).length);
    }
    report(`${label}, aligned ${A} s windows`, r);
  }
  const wins5: Float32Array[][] = [];
  for (const it of items) wins5.push(await svc.embedMusic(trackWindows(it.features, 5, 5).map((w) => w.seq)));
  console.log(
    `${label.padEnd(44)} P@10 whole track ${p10(t).toFixed(3)}, mean of 5 s windows ${p10(wins5.map(meanUnit)).toFixed(3)}`,
  );
  await svc.close();
  report(label, ranks(t, q));
  report(`${label}, best window`, windowRanks(tw, q));
}
await measure('shipped default', 'models/default');

const epochs = Number(opt('epochs', '40'));
const batchSize = Number(opt('batch', '16'));
for (const lambda of opt('lambda', '0,1').split(',').map(Number)) {
  // The Adapt setting: every recording trains but a seeded 15% held out for validation.
  const recordings: MusicRecording[] = items.map((it, i) => ({
    id: it.key,
    audio: it.features,
    split: i % 7 === 3 ? 'val' : 'train',
    ...(copies ? { variants: variants[i]! } : {}),
  }));
  const t0 = performance.now();
  const model = await train({
    objectives: ['music_self_supervised'],
    recordings,
    augment: logmelAugmenter(),
    epochs,
    batchSize,
    lambdaMusic: lambda,
    lambdaVideo: lambda,
    patience: Number(opt('patience', '12')),
    selfSupervised: { shiftSeconds: Number(opt('shift', '0')), otherWindow: Number(opt('other', '0')) },
    lr: Number(opt('lr', '0.001')),
    threads: 2,
    evaluateTest: false,
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vmr-probe-model-'));
  await exportModel(model, dir, { version: `probe-l${lambda}` });
  await measure(
    `SSL λ=${lambda} (${model.epochsRun} epochs, best ${model.bestEpoch}, ${model.steps} steps, ${Math.round((performance.now() - t0) / 1000)} s)`,
    dir,
  );
  await rm(dir, { recursive: true, force: true });
}

if (args.includes('--align')) {
  // Diagnostic: the excerpt's per-second features slid along each track (every offset), the best
  // mean cosine of aligned seconds: what the features allow with the time order kept.
  const deq = (s: FeatureSequence) => dequantizeYt8m(s.data as Uint8Array);
  const unit = (x: Float32Array, frames: number) => {
    for (let t = 0; t < frames; t++) {
      let n = 0;
      for (let d = 0; d < 128; d++) n += x[t * 128 + d]! ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < 128; d++) x[t * 128 + d]! /= n;
    }
    return x;
  };
  const tracks = items.map((i) => unit(deq(i.features), i.features.frames));
  const r = queries.map((q) => {
    const x = unit(deq(q.seq), q.seq.frames);
    const L = q.seq.frames;
    const scores = items.map((it, ti) => {
      const y = tracks[ti]!;
      let best = -Infinity;
      for (let o = 0; o + L <= it.features.frames; o++) {
        let s = 0;
        for (let t = 0; t < L; t++)
          for (let d = 0; d < 128; d++) s += x[t * 128 + d]! * y[(o + t) * 128 + d]!;
        if (s > best) best = s;
      }
      return best;
    });
    const own = scores[q.item]!;
    return 1 + scores.filter((s, i) => i !== q.item && s > own).length;
  });
  report('aligned per-second features (diagnostic)', r);
}
