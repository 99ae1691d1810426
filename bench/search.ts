// bench:search — filtered vector search at catalog scale, through the whole HTTP GraphQL path.
//
//   npm run bench:search                 # 100,000 tracks, 200 queries per selectivity
//   npm run bench:search -- 1000000      # the one-off 1M run (takes a long while)
//   npm run bench:search -- 100000 --queries 200 --keep   # keep the database; then --reuse re-measures on it
//   npm run bench:search -- 100000 --compare-ref 25dfd3a --rounds 5   # old code vs this tree, side by side
//   npm run bench:search -- 100000 --reuse --compare-ref f1c23c1 --ref-paths src/catalog/rights/clearance-sql.ts
//
// --compare-ref <git-ref>: the same catalog (migrated by this tree) is served twice, by this tree
// and by the code at <git-ref> (extracted with `git archive` to a temporary folder, node_modules
// linked, its own Prisma client generated), each in its own server process. Every query goes to
// both, in alternating order, for --rounds rounds; each round's p95 is taken per side, and the
// medians of the round p95s are compared (docs/rights.md, "Search speed"). Writes
// bench/results/search-compare.json; the recall, exact-scan and concurrency parts are skipped.
//
// Builds a catalog in its own Postgres database (BENCH_DATABASE_ADMIN_URL, default the local
// server): tracks with realistic metadata, tags and licence terms, and embeddings derived from
// the default model's embeddings of synthetic music (points between two real embeddings of the
// same style, plus a little noise, so the cluster structure is the model's), written in the
// order the backfill writes a version (by genre: vmr_embedding_write_order). Queries are
// synthetic videos sent as raw uint8 (YouTube-8M style) frame features to musicForVideo, so
// encoding is part of every measured request. The API runs in its own processes
// (bench/search-server.ts: one indexed, one answering by exact scan). Writes
// bench/results/search.json (or search-<n>.json for other sizes).
import { execFileSync, execSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { applyMigrations } from '../src/db/migrate.js';
import { connectDatabase, DEFAULT_SESSION_SETTINGS } from '../src/db/client.js';
import {
  createVersionIndex,
  nearestTracks,
  toSql,
  vacuumEmbeddings,
  versionIndexSize,
} from '../src/db/vectors.js';
import { DEMO_STYLES } from '../src/catalog/demo/styles.js';
import { seededRandom } from '../src/catalog/demo/random.js';
import { generateSyntheticDataset, EmbeddingService } from '../src/ml/index.js';
import { activateModel, registerModel } from '../src/models/registry.js';
import { searchFilterSql } from '../src/search/filter-sql.js';
import { EXACT_BELOW_SELECTIVITY, PARALLEL_SCAN_MIN_ROWS } from '../src/search/vector-search.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const TRACKS = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const QUERIES = args.includes('--queries') ? Number(args[args.indexOf('--queries') + 1]) : 200;
const KEEP = args.includes('--keep') || args.includes('--reuse');
const REUSE = args.includes('--reuse');
const COMPARE_REF = args.includes('--compare-ref') ? args[args.indexOf('--compare-ref') + 1] : null;
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5;
const REF_PATHS = args.includes('--ref-paths') ? args[args.indexOf('--ref-paths') + 1].split(',') : null;
const CONCURRENCY = 16;
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = `vmr_bench_search_${TRACKS}`;
const log = (msg: string) => console.error(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function urlFor(db: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  return url.toString();
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number, d = 2) => Number(x.toFixed(d));

function syntheticPool() {
  return generateSyntheticDataset({
    seed: 1,
    trainPairs: 2000,
    valPairs: 0,
    testPairs: QUERIES * 3 > 600 ? 600 : QUERIES * 3,
    minFrames: 30,
    maxFrames: 90,
  });
}

/** --reuse: measure again on the catalog a previous --keep run left (tuning without a rebuild). */
async function reuseCatalog() {
  const database = connectDatabase(urlFor(DB_NAME), { maxConnections: 4 });
  const model = await database.prisma.modelVersion.findFirstOrThrow({ where: { status: 'ACTIVE' } });
  const [meta] = await database.prisma.$queryRaw<
    Array<{ build_sec: number; size_bytes: number }>
  >`SELECT build_sec, size_bytes FROM bench_meta`;
  const synthetic = syntheticPool();
  const embedder = await EmbeddingService.open(path.join(ROOT, 'models/default'));
  const queries = synthetic.dataset.videos.filter((v) => v.id.startsWith('test-')).slice(0, QUERIES);
  log(`reusing ${DB_NAME}`);
  return {
    database,
    embedder,
    model,
    indexBuildSec: meta.build_sec,
    indexSizeBytes: Number(meta.size_bytes),
    queries,
  };
}

async function buildCatalog() {
  if (REUSE) return reuseCatalog();
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DB_NAME}"`);
  // Index builds want the graph in memory; 2 cores, so one parallel worker.
  await admin.query(`ALTER DATABASE "${DB_NAME}" SET maintenance_work_mem = '2GB'`);
  await admin.query(`ALTER DATABASE "${DB_NAME}" SET max_parallel_maintenance_workers = 1`);
  await admin.end();
  const client = new pg.Client({ connectionString: urlFor(DB_NAME) });
  await client.connect();
  await applyMigrations(client);

  log('generating a pool of synthetic music and query videos');
  const synthetic = syntheticPool();
  const embedder = await EmbeddingService.open(path.join(ROOT, 'models/default'));
  const poolTracks = synthetic.dataset.tracks.filter((t) => t.id.startsWith('train-'));
  const pool = await embedder.embedMusic(poolTracks.map((t) => t.audio));
  const poolStyle = poolTracks.map((t) => synthetic.trackStyles[t.id]);
  const poolByStyle = new Map<number, number[]>();
  poolStyle.forEach((style, i) => poolByStyle.set(style, [...(poolByStyle.get(style) ?? []), i]));

  // Tag vocabulary: each style's genre, moods and instruments, plus energy levels.
  const tagNames = new Map<string, string>();
  for (const style of DEMO_STYLES) {
    for (const [category, names] of [
      ['GENRE', [style.genre]],
      ['MOOD', style.moods],
      ['INSTRUMENT', style.instruments],
      ['THEME', style.themes],
    ] as const) {
      for (const name of names) tagNames.set(`${category}:${name}`, name);
    }
  }
  const tagIds = new Map<string, string>();
  for (const [key, name] of tagNames) {
    const { rows } = await client.query(
      `INSERT INTO tag (id, name, category) VALUES (gen_random_uuid(), $1, $2) ON CONFLICT (category, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [name, key.split(':')[0]],
    );
    tagIds.set(key, rows[0].id);
  }

  log(`inserting ${TRACKS} tracks with tags, licences and embeddings`);
  await client.query(`SET session_replication_role = replica`); // bulk load: triggers off, rebuilt below
  const random = seededRandom(42);
  const BATCH = 5000;
  const keys = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
  const model = await (async () => {
    const database = connectDatabase(urlFor(DB_NAME), { maxConnections: 1 });
    try {
      return await registerModel(database.prisma, path.join(ROOT, 'models'), 'default');
    } finally {
      await database.close();
    }
  })();
  // Embeddings wait here until the tags they are ordered by exist (see below).
  await client.query(`CREATE UNLOGGED TABLE bench_vector (track_id uuid, embedding halfvec(256))`);
  for (let start = 0; start < TRACKS; start += BATCH) {
    const n = Math.min(BATCH, TRACKS - start);
    const ids: string[] = [],
      isrcs: string[] = [],
      titles: string[] = [],
      durations: number[] = [],
      bpms: number[] = [],
      mkeys: string[] = [],
      modes: string[] = [],
      vocals: boolean[] = [],
      explicit: boolean[] = [],
      energy: number[] = [],
      release: string[] = [],
      status: string[] = [];
    const tt: [string, string, number][] = [];
    const vectors: string[] = [];
    const lic: [
      string,
      string,
      string[],
      boolean,
      string[],
      string[],
      string | null,
      string | null,
      number,
      boolean,
    ][] = [];
    for (let k = 0; k < n; k += 1) {
      const i = start + k;
      const p = Math.floor(random() * pool.length);
      const style = DEMO_STYLES[poolStyle[p]];
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      ids.push(id);
      isrcs.push(`QZBEN${String(i).padStart(7, '0')}`);
      titles.push(`${style.words[i % style.words.length]} ${i}`);
      durations.push(60 + Math.floor(random() * 240));
      bpms.push(Math.round(style.bpm[0] + random() * (style.bpm[1] - style.bpm[0])));
      mkeys.push(keys[Math.floor(random() * 12)]);
      modes.push(random() < 0.6 ? 'MAJOR' : 'MINOR');
      const v = random() < style.vocalShare;
      vocals.push(v);
      explicit.push(v && random() < 0.08);
      energy.push(round(style.energy[0] + random() * (style.energy[1] - style.energy[0])));
      release.push(`${2000 + Math.floor(random() * 26)}-0${1 + Math.floor(random() * 9)}-15`);
      status.push(random() < 0.97 ? 'ACTIVE' : random() < 0.5 ? 'HIDDEN' : 'TAKEN_DOWN');
      const tags = new Set([
        `GENRE:${style.genre}`,
        `MOOD:${style.moods[0]}`,
        ...style.instruments.filter(() => random() < 0.6).map((x) => `INSTRUMENT:${x}`),
      ]);
      if (random() < 0.5) tags.add(`MOOD:${style.moods[1] ?? style.moods[0]}`);
      tags.add(`THEME:${style.themes[Math.floor(random() * style.themes.length)]}`);
      for (const t of tags) tt.push([id, tagIds.get(t)!, 1]);
      const shape = Math.floor(random() * 10);
      const usages =
        random() < 0.8 ? ['ONLINE_VIDEO', 'SOCIAL'] : ['ONLINE_VIDEO', 'SOCIAL', 'ADVERTISING', 'BROADCAST'];
      if (shape < 6)
        lic.push([
          id,
          'Bench Rights',
          usages,
          true,
          [],
          [],
          '2020-01-01',
          null,
          1 + Math.floor(random() * 5),
          random() < 0.3,
        ]);
      else if (shape < 8)
        lic.push([
          id,
          'Bench Rights',
          usages,
          true,
          [],
          ['CN', 'RU'],
          '2021-01-01',
          null,
          1 + Math.floor(random() * 5),
          random() < 0.3,
        ]);
      else if (shape < 9)
        lic.push([
          id,
          'Bench Regional',
          usages,
          false,
          ['US', 'CA', 'GB'],
          [],
          '2019-01-01',
          '2030-12-31',
          1 + Math.floor(random() * 5),
          false,
        ]);
      else lic.push([id, 'Bench Expired', usages, true, [], [], '2018-01-01', '2023-12-31', 2, false]);
      // A point between two real embeddings of the same style, plus a little noise: catalog
      // embeddings lie near a low-dimensional manifold per style. (Isotropic noise alone, as
      // before 2026-11-27, makes every copy of a pool vector an equally-near neighbour in all
      // 256 dimensions: at 1M that is ~500 near-ties per query, and HNSW recall measured 0.62.)
      const mates = poolByStyle.get(poolStyle[p])!;
      const q = mates[Math.floor(random() * mates.length)];
      const a = random();
      const mixed = Float32Array.from(
        pool[p],
        (x, d) => a * x + (1 - a) * pool[q][d] + 0.02 * (random() - 0.5),
      );
      let norm = 0;
      for (const x of mixed) norm += x * x;
      norm = Math.sqrt(norm);
      vectors.push(toSql(mixed.map((x) => x / norm)));
    }
    await client.query(
      `INSERT INTO track (id, isrc, title, duration_sec, bpm, musical_key, mode, has_vocals, explicit, energy, release_date, status, updated_at)
       SELECT u.id, u.isrc, u.title, u.d, u.b, u.k, u.m::"KeyMode", u.v, u.e, u.en, u.r::date, u.s::"TrackStatus", now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::text[], $8::bool[], $9::bool[], $10::float8[], $11::text[], $12::text[])
         AS u(id, isrc, title, d, b, k, m, v, e, en, r, s)`,
      [ids, isrcs, titles, durations, bpms, mkeys, modes, vocals, explicit, energy, release, status],
    );
    await client.query(
      `INSERT INTO track_tag (track_id, tag_id, weight) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::float8[])`,
      [tt.map((x) => x[0]), tt.map((x) => x[1]), tt.map((x) => x[2])],
    );
    await client.query(
      `INSERT INTO licence_term (id, track_id, rights_holder, usages, worldwide, territories_allow, territories_deny, valid_from, valid_until, price_tier, content_id_registered, updated_at)
       SELECT gen_random_uuid(), x.t, x.h, x.u::"LicenceUsage"[], x.w, x.a, x.d, x.f, x.un, x.p, x.c, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(t uuid, h text, u text[], w boolean, a text[], d text[], f date, un date, p int, c boolean)`,
      [JSON.stringify(lic.map(([t, h, u, w, a, d, f, un, p, c]) => ({ t, h, u, w, a, d, f, un, p, c })))],
    );
    await client.query(
      `INSERT INTO bench_vector (track_id, embedding) SELECT * FROM unnest($1::uuid[], $2::halfvec[])`,
      [ids, vectors],
    );
    if ((start / BATCH) % 20 === 0) log(`  ${start + n} tracks`);
  }
  await client.query(`SET session_replication_role = DEFAULT`);
  // In the order the backfill writes a version (src/search/backfill.ts: by genre), with triggers
  // on: the fill trigger copies the filter columns onto each row.
  log('writing the embeddings in the backfill order');
  await client.query(
    `INSERT INTO track_embedding (track_id, model_version_id, embedding)
     SELECT b.track_id, $1::uuid, b.embedding FROM bench_vector b
     ORDER BY vmr_embedding_write_order(b.track_id), b.track_id`,
    [model.id],
  );
  await client.query(`DROP TABLE bench_vector`);
  await client.end();

  const database = connectDatabase(urlFor(DB_NAME), { maxConnections: 4 });
  const prisma = database.prisma;
  await prisma.$executeRawUnsafe(`ANALYZE`);
  log('building the HNSW index');
  const t0 = performance.now();
  await createVersionIndex(prisma, model.id, { concurrently: false, vacuum: false });
  const indexBuildSec = (performance.now() - t0) / 1000;
  const indexSizeBytes = (await versionIndexSize(prisma, model.id)) ?? 0;
  await activateModel(prisma, model.id);
  await prisma.$executeRawUnsafe(
    `CREATE TABLE bench_meta AS SELECT ${indexBuildSec}::float8 AS build_sec, ${indexSizeBytes}::bigint AS size_bytes`,
  );
  // As createVersionIndex does after a version's bulk write (timed apart from the index build).
  await vacuumEmbeddings(prisma);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  log(`index built in ${indexBuildSec.toFixed(1)} s, ${(indexSizeBytes / 2 ** 20).toFixed(0)} MiB`);
  const queries = synthetic.dataset.videos.filter((v) => v.id.startsWith('test-')).slice(0, QUERIES);
  return { database, embedder, model, indexBuildSec, indexSizeBytes, queries };
}

/**
 * The code at `ref`, runnable: `git archive` into a temporary folder (the working tree and the
 * repository's worktree list stay untouched), this checkout's node_modules linked in, and the
 * Prisma client generated from that commit's own schema.
 */
function checkoutRef(ref: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT })
    .toString()
    .trim();
  const dir = path.join(os.tmpdir(), `vmr-bench-ref-${sha.slice(0, 12)}`);
  if (!existsSync(path.join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${sha} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
  }
  if (!existsSync(path.join(dir, 'node_modules')))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/prisma-generate.mjs'], { cwd: dir, stdio: 'ignore' });
  log(`--compare-ref ${ref}: ${sha.slice(0, 12)} in ${dir}`);
  return dir;
}

/**
 * --ref-paths a,b: this working tree (tracked and untracked files, as `git ls-files` lists them)
 * copied to a temporary folder with only those paths taken from `ref`: the old side then differs
 * from the current one in exactly those files (e.g. the clearance SQL alone).
 */
function overlayRef(ref: string, paths: string[]): string {
  const dir = path.join(os.tmpdir(), `vmr-bench-overlay-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter((f) => f && existsSync(path.join(ROOT, f)));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  for (const p of paths) {
    // The ref's module, with a star re-export of this tree's version of it: its own exports win
    // (ES modules: local names shadow `export *`), and names only this tree has still resolve.
    const current = p.replace(/\.ts$/, '.current.ts');
    copyFileSync(path.join(ROOT, p), path.join(dir, current));
    const old = execFileSync('git', ['show', `${ref}:${p}`], { cwd: ROOT }).toString();
    writeFileSync(path.join(dir, p), `${old}\nexport * from './${path.basename(current, '.ts')}.js';\n`);
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  if (!existsSync(path.join(dir, 'models/default'))) {
    rmSync(path.join(dir, 'models'), { recursive: true, force: true });
    symlinkSync(path.join(ROOT, 'models'), path.join(dir, 'models'));
  }
  cpSync(path.join(ROOT, 'src/generated/prisma'), path.join(dir, 'src/generated/prisma'), {
    recursive: true,
  });
  log(`--ref-paths: this tree with ${paths.join(', ')} from ${ref}, in ${dir}`);
  return dir;
}

/** The API in its own process (bench/search-server.ts), as a client elsewhere would see it. */
async function startServer(
  env: Record<string, string>,
  root = ROOT,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/search-server.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`search server exited (${code}) before listening`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Selectivity {
  label: string;
  filter: Record<string, unknown> | null;
}

type Ask = (url: string, video: unknown, filter: unknown) => Promise<{ ms: number; ids: string[] | null }>;

/**
 * Old and current code over the same catalog, side by side: every query to both servers, the
 * order alternating per query and per round so neither side always runs first (a warm cache, a
 * neighbour's burst on this shared machine). Each round yields one p95 per side; the verdict
 * compares the medians of those p95s. Answers are compared too: the rights migration must not
 * change any result on this catalog (all its terms are BOTH, and it has no holdings).
 */
async function compareSideBySide(
  selectivities: Selectivity[],
  bodies: unknown[],
  ask: Ask,
  urls: { old: string; current: string },
) {
  const median = (xs: number[]) => percentile(xs, 50);
  const rows = [];
  for (const sel of selectivities) {
    for (let i = 0; i < 5; i += 1) {
      await ask(urls.old, bodies[i], sel.filter);
      await ask(urls.current, bodies[i], sel.filter);
    }
    const p95 = { old: [] as number[], current: [] as number[] };
    const p50 = { old: [] as number[], current: [] as number[] };
    let differing = 0;
    let errors = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const ms = { old: [] as number[], current: [] as number[] };
      for (let q = 0; q < bodies.length; q += 1) {
        const order = (q + round) % 2 === 0 ? (['old', 'current'] as const) : (['current', 'old'] as const);
        const answers: Record<string, { ms: number; ids: string[] | null }> = {};
        for (const side of order) answers[side] = await ask(urls[side], bodies[q], sel.filter);
        for (const side of order) ms[side].push(answers[side].ms);
        if (!answers.old.ids || !answers.current.ids) errors += 1;
        else if (answers.old.ids.join() !== answers.current.ids.join()) differing += 1;
      }
      for (const side of ['old', 'current'] as const) {
        p95[side].push(percentile(ms[side], 95));
        p50[side].push(percentile(ms[side], 50));
      }
      log(
        `${sel.label} round ${round + 1}/${ROUNDS}: p95 old ${round2(p95.old[round])} ms, current ${round2(p95.current[round])} ms`,
      );
    }
    const row = {
      label: sel.label,
      filter: sel.filter,
      queries: bodies.length,
      rounds: ROUNDS,
      oldP95Ms: p95.old.map(round2),
      currentP95Ms: p95.current.map(round2),
      medianP95Ms: { old: round2(median(p95.old)), current: round2(median(p95.current)) },
      medianP50Ms: { old: round2(median(p50.old)), current: round2(median(p50.current)) },
      p95Ratio: round(median(p95.current) / median(p95.old), 3),
      differingAnswers: differing,
      errors,
    };
    log(JSON.stringify(row));
    rows.push(row);
  }
  const summary = {
    tracks: TRACKS,
    compareRef: COMPARE_REF,
    refPaths: REF_PATHS,
    machine: { cores: os.cpus().length, node: process.version, loadAverage: os.loadavg().map(round2) },
    measuredAt: new Date().toISOString(),
    selectivities: rows,
  };
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', 'search-compare.json');
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
  log(`wrote ${file}`);
}
const round2 = (x: number) => round(x, 2);

async function main() {
  const { database, embedder, model, indexBuildSec, indexSizeBytes, queries } = await buildCatalog();
  const prisma = database.prisma;
  const jazz = DEMO_STYLES.find((s) => s.name === 'jazz')!;
  const selectivities: Selectivity[] = [
    { label: '100%', filter: null },
    {
      label: '10%',
      filter: {
        tags: { any: [jazz.genre, 'Lo-fi'] },
        bpm: { min: 85 },
        licence: { territory: 'US', usage: 'SOCIAL', at: '2026-06-01' },
      },
    },
    {
      label: '1%',
      filter: {
        tags: { all: [jazz.genre, 'Saxophone'] },
        hasVocals: true,
        licence: { territory: 'DE', usage: 'SOCIAL', at: '2026-06-01' },
      },
    },
  ];
  const indexed = await startServer({ DATABASE_URL: urlFor(DB_NAME) });
  const oldRoot = COMPARE_REF
    ? REF_PATHS
      ? overlayRef(COMPARE_REF, REF_PATHS)
      : checkoutRef(COMPARE_REF)
    : null;
  const old = oldRoot ? await startServer({ DATABASE_URL: urlFor(DB_NAME) }, oldRoot) : null;
  const exact = await startServer({ DATABASE_URL: urlFor(DB_NAME), SEARCH_EXACT: 'true' });
  const QUERY = `query ($video: VideoQuery!, $filter: TrackFilter) { musicForVideo(video: $video, filter: $filter, first: 10) { edges { node { id } } } }`;
  const bodies = queries.map((v) => ({
    visual: {
      frames: v.visual!.frames,
      dim: 1024,
      dtype: 'UINT8',
      data: Buffer.from(v.visual!.data.buffer, v.visual!.data.byteOffset, v.visual!.data.byteLength).toString(
        'base64',
      ),
    },
  }));
  const queryVectors = await embedder.embedVideo(queries.map((v) => ({ visual: v.visual })));
  const ask = async (url: string, video: unknown, filter: unknown) => {
    const t = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { video, filter } }),
    });
    const json = (await response.json()) as {
      data?: { musicForVideo: { edges: Array<{ node: { id: string } }> } };
      errors?: unknown[];
    };
    const ms = performance.now() - t;
    if (json.errors || !json.data) return { ms, ids: null };
    return {
      ms,
      ids: json.data.musicForVideo.edges.map(
        (e) => Buffer.from(e.node.id, 'base64url').toString().split(':')[1],
      ),
    };
  };
  const active = await prisma.track.count({ where: { status: 'ACTIVE' } });
  if (old) {
    await compareSideBySide(selectivities, bodies, ask, { old: old.url, current: indexed.url });
    await Promise.all([indexed.stop(), old.stop(), exact.stop()]);
    await embedder.close();
    await database.close();
    if (!KEEP) await dropBenchDatabase();
    return;
  }
  const results = [];
  for (const sel of selectivities) {
    const filter = await searchFilterSql(prisma, sel.filter as never, ['ACTIVE']);
    const [{ n: matching }] = await prisma.$queryRaw<
      [{ n: number }]
    >`SELECT count(*)::int AS n FROM track_embedding e WHERE e.model_version_id = ${model.id}::uuid ${filter.sql}`;
    log(`selectivity ${sel.label}: ${matching} of ${active} active tracks match`);
    // Warm-up
    for (let i = 0; i < 5; i += 1) await ask(indexed.url, bodies[i], sel.filter);
    const latencies: number[] = [];
    const exactLatencies: number[] = [];
    let recallSum = 0;
    let alwaysFull = true;
    let errors = 0;
    for (let q = 0; q < queries.length; q += 1) {
      const answer = await ask(indexed.url, bodies[q], sel.filter);
      latencies.push(answer.ms);
      const truth = await nearestTracks(prisma, {
        versionId: model.id,
        query: queryVectors[q],
        where: filter.sql,
        limit: 10,
        mode: 'exact',
      });
      if (!answer.ids) {
        errors += 1;
        continue;
      }
      if (answer.ids.length < Math.min(10, matching)) alwaysFull = false;
      const truthIds = new Set(truth.map((t) => t.trackId));
      recallSum +=
        answer.ids.filter((id) => truthIds.has(id)).length / Math.max(1, Math.min(10, truth.length));
    }
    for (let i = 0; i < 3; i += 1) await ask(exact.url, bodies[i], sel.filter);
    for (let q = 0; q < queries.length; q += 1)
      exactLatencies.push((await ask(exact.url, bodies[q], sel.filter)).ms);
    // 16 concurrent clients, each walking the query list.
    const concurrentLatencies: number[] = [];
    let concurrentErrors = 0;
    const total = Math.max(queries.length * 2, CONCURRENCY * 10);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < total) {
          const q = next++ % queries.length;
          const answer = await ask(indexed.url, bodies[q], sel.filter);
          concurrentLatencies.push(answer.ms);
          if (!answer.ids) concurrentErrors += 1;
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const row = {
      selectivity: round(matching / active, 4),
      label: sel.label,
      filter: sel.filter,
      matchingTracks: matching,
      queries: queries.length,
      recallAt10: round(recallSum / (queries.length - errors), 4),
      alwaysFull,
      errors,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      exactP50Ms: round(percentile(exactLatencies, 50)),
      exactP95Ms: round(percentile(exactLatencies, 95)),
      speedupP50: round(percentile(exactLatencies, 50) / percentile(latencies, 50)),
      concurrent16: {
        qps: round(total / elapsed, 1),
        p50Ms: round(percentile(concurrentLatencies, 50)),
        p95Ms: round(percentile(concurrentLatencies, 95)),
        errors: concurrentErrors,
      },
    };
    log(JSON.stringify(row));
    results.push(row);
  }
  await indexed.stop();
  await exact.stop();
  await embedder.close();
  await database.close();
  const summary = {
    tracks: TRACKS,
    dim: 256,
    indexBuildSec: round(indexBuildSec, 1),
    indexSizeBytes,
    index: {
      type: 'hnsw',
      m: 16,
      efConstruction: 64,
      // As the servers ran: the environment's overrides, else the connection defaults.
      efSearch: Number(loadConfig().hnswEfSearch ?? DEFAULT_SESSION_SETTINGS['hnsw.ef_search']),
      iterativeScan: loadConfig().hnswIterativeScan ?? DEFAULT_SESSION_SETTINGS['hnsw.iterative_scan'],
      maxScanTuples: Number(DEFAULT_SESSION_SETTINGS['hnsw.max_scan_tuples']),
      overFetch: 2,
      fallback: 'exact scan when the index page comes back short',
      storage: 'halfvec(256)',
      rowOrder: 'by genre (vmr_embedding_write_order), as the backfill writes a version',
      exactBelowSelectivity: EXACT_BELOW_SELECTIVITY,
      parallelExactScanMinRows: PARALLEL_SCAN_MIN_ROWS,
    },
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    measuredAt: new Date().toISOString(),
    selectivities: results,
  };
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', TRACKS === 100_000 ? 'search.json' : `search-${TRACKS}.json`);
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
  log(`wrote ${file}`);
  if (!KEEP) await dropBenchDatabase();
}

async function dropBenchDatabase() {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
  await admin.end();
}

await main();
