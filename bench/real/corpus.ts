/**
 * The real-media corpus of `npm run bench:real`: game soundtracks that Debian ships under free
 * licences, one soundtrack per package. Each recording is labelled with its soundtrack and put
 * in one split (train / val / test) by a hash of its stable key (`<package>:<path in package>`),
 * so the split is the same on every machine and no recording is in two splits.
 *
 * The licence of each package is checked against its /usr/share/doc/<pkg>/copyright: the licence
 * names listed here must all appear there, or the package is left out (with the reason).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type Split = 'train' | 'val' | 'test';
export type Tier = 'small' | 'full';

export interface SoundtrackPackage {
  /** Debian package; also the soundtrack label. */
  pkg: string;
  /** Short human name. */
  title: string;
  /** Licences of the music as the copyright file states them (all must be named there). */
  licences: string[];
  /** Folders holding the recordings (walked), or zip archives (pk3) with a member prefix. */
  dirs?: string[];
  archive?: { file: string; prefix: string };
  /** File names to leave out (e.g. test tones). */
  exclude?: RegExp;
  note?: string;
}

/** The candidates named in issue 22, with where their recordings are and their licences. */
export const SOUNDTRACKS: SoundtrackPackage[] = [
  {
    pkg: 'wesnoth-1.16-music',
    title: 'Battle for Wesnoth',
    licences: ['GPL-2'],
    dirs: ['/usr/share/games/wesnoth/1.16/data/core/music'],
  },
  {
    pkg: 'ufoai-music',
    title: 'UFO: Alien Invasion',
    licences: ['GPL-2+', 'CC-BY-3.0', 'CC-BY-SA-3.0'],
    archive: { file: '/usr/share/games/ufoai/base/0music.pk3', prefix: 'music/' },
    exclude: /dynamictest/i,
  },
  {
    pkg: 'warzone2100-music',
    title: 'Warzone 2100',
    licences: ['GPL-2+'],
    dirs: ['/usr/share/games/warzone2100/music'],
    note: 'the Aftermath album is also CC-BY-SA-3.0 (its license.txt)',
  },
  {
    pkg: 'nexuiz-music',
    title: 'Nexuiz',
    licences: ['GPL'],
    archive: { file: '/usr/share/games/nexuiz/data/music.pk3', prefix: 'sound/cdtracks/' },
  },
  {
    pkg: 'singularity-music',
    title: 'Endgame: Singularity',
    licences: ['CREATIVE COMMONS', 'Attribution, ShareAlike'],
    dirs: ['/usr/share/games/singularity/music'],
    note: 'CC-BY-SA-3.0 (Max McCracken)',
  },
  {
    pkg: 'asc-music',
    title: 'Advanced Strategic Command',
    licences: ['GPL-2+'],
    dirs: ['/usr/share/games/asc/music'],
  },
  {
    pkg: 'drascula-music',
    title: 'Drascula: The Vampire Strikes Back',
    licences: ['Drascula-License'],
    // The same score is shipped once per language folder; the audio/ folder is the music.
    dirs: ['/usr/share/scummvm/drascula/audio'],
    note: 'a BSD-like freeware licence that Debian accepts as DFSG-free',
  },
  {
    pkg: 'planetblupi-music-ogg',
    title: 'Planet Blupi',
    licences: ['GPL-3+'],
    dirs: ['/usr/share/planetblupi/music'],
  },
  {
    pkg: 'hyperrogue-music',
    title: 'HyperRogue',
    licences: ['GPL-2+', 'CC-BY-SA-3.0'],
    dirs: ['/usr/share/hyperrogue/music'],
  },
  {
    pkg: 'fb-music-high',
    title: 'Frozen Bubble',
    licences: ['GPL'],
    dirs: ['/usr/share/games/frozen-bubble/snd'],
    note: 'one tracker module (.xm), not a recording: listed, never enough to count',
  },
];

export const AUDIO_EXT = /\.(ogg|oga|opus|mp3|flac|wav|m4a)$/i;
/** Recordings shorter than this are jingles (victory, defeat, stingers): left out. */
export const MIN_SECONDS = 20;
export const SMALL_TIER_RECORDINGS = 20;

export interface Recording {
  /** Stable key `<package>:<path inside the package's music folder>`; the split hashes it. */
  key: string;
  soundtrack: string;
  /** The file to read (the installed file, or its copy extracted from an archive). */
  file: string;
  durationS: number;
  sha256: string;
  split: Split;
}

export interface PackageReport {
  pkg: string;
  title: string;
  licences: string[];
  licenceChecked: boolean;
  installed: boolean;
  files: number;
  recordings: number;
  skippedShort: number;
  duplicates: number;
  note?: string;
  leftOut?: string;
}

export interface Corpus {
  tier: Tier;
  recordings: Recording[];
  packages: PackageReport[];
}

/** Where the benchmark keeps its derived files (extracted archives, probes, excerpts). */
export const benchDataDir = () => process.env.VMR_BENCH_REAL_DIR ?? path.join(os.tmpdir(), 'vmr-bench-real');

/** train 60 % / val 20 % / test 20 %, by sha256 of the recording's key. */
export function splitOf(key: string, fractions: [number, number] = [0.6, 0.8]): Split {
  const u = createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
  return u < fractions[0] ? 'train' : u < fractions[1] ? 'val' : 'test';
}

function isInstalled(p: SoundtrackPackage): boolean {
  return p.archive ? existsSync(p.archive.file) : (p.dirs ?? []).some((d) => existsSync(d));
}

/**
 * Installs the packages that are missing (apt-get; root or sudo), like scripts/setup-media.sh
 * does for wesnoth-1.16-music. VMR_SKIP_MEDIA_SETUP=1 skips it.
 */
export async function ensureInstalled(
  packages: SoundtrackPackage[],
  log: (m: string) => void = console.error,
): Promise<void> {
  const missing = packages.filter((p) => !isInstalled(p)).map((p) => p.pkg);
  const tools = ['ffmpeg', 'unzip'].filter((t) => !commandExists(t));
  const want = [...missing, ...tools];
  if (want.length === 0 || process.env.VMR_SKIP_MEDIA_SETUP === '1') return;
  log(`installing ${want.join(' ')} (apt-get)`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = async (args: string[]) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    await run(cmd!, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 1 << 26 });
  };
  try {
    await apt(['install', '-y', '-q', '--no-install-recommends', ...want]);
  } catch {
    await apt(['update', '-q']);
    await apt(['install', '-y', '-q', '--no-install-recommends', ...want]);
  }
}

function commandExists(cmd: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(path.join(dir, cmd)));
}

async function licenceChecked(p: SoundtrackPackage): Promise<boolean> {
  const file = `/usr/share/doc/${p.pkg}/copyright`;
  if (!existsSync(file)) return false;
  const text = await readFile(file, 'utf8');
  return p.licences.every((l) => text.includes(l));
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (AUDIO_EXT.test(e.name)) out.push(full);
  }
  return out.sort();
}

/** [key, file] pairs of a package's audio files; archives are extracted once into the data dir. */
async function packageFiles(p: SoundtrackPackage, dataDir: string): Promise<Array<[string, string]>> {
  const pairs: Array<[string, string]> = [];
  if (p.archive) {
    const dest = path.join(dataDir, 'extracted', p.pkg);
    const marker = path.join(dest, '.done');
    if (!existsSync(marker)) {
      await mkdir(dest, { recursive: true });
      await run('unzip', ['-o', '-q', p.archive.file, `${p.archive.prefix}*`, '-d', dest], {
        maxBuffer: 1 << 24,
      });
      await writeFile(marker, '');
    }
    const root = path.join(dest, p.archive.prefix);
    for (const f of await walk(root)) pairs.push([`${p.pkg}:${path.relative(root, f)}`, f]);
  } else {
    for (const dir of p.dirs ?? [])
      if (existsSync(dir))
        for (const f of await walk(dir)) pairs.push([`${p.pkg}:${path.relative(dir, f)}`, f]);
  }
  return pairs.filter(([key]) => !(p.exclude && p.exclude.test(key)));
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function probeDuration(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', [
    ...['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file],
  ]);
  const d = Number(stdout.trim());
  return Number.isFinite(d) ? d : 0;
}

interface ProbeCache {
  [file: string]: { size: number; mtimeMs: number; durationS: number; sha256: string };
}

/**
 * The corpus of a tier. `full`: every recording of every installed package whose licence checks
 * out, jingles (< 20 s) and byte-identical duplicates left out. `small`: the 20 shortest
 * Wesnoth recordings of at least 20 s (test-suite size), split the same way.
 */
export async function listCorpus(
  tier: Tier,
  options: { dataDir?: string; packages?: SoundtrackPackage[]; log?: (m: string) => void } = {},
): Promise<Corpus> {
  const dataDir = options.dataDir ?? benchDataDir();
  const packages = options.packages ?? (tier === 'small' ? SOUNDTRACKS.slice(0, 1) : SOUNDTRACKS);
  await mkdir(dataDir, { recursive: true });
  const cacheFile = path.join(dataDir, 'probe-cache.json');
  const cache: ProbeCache = existsSync(cacheFile) ? JSON.parse(await readFile(cacheFile, 'utf8')) : {};
  const seen = new Map<string, string>();
  const recordings: Recording[] = [];
  const reports: PackageReport[] = [];
  for (const p of packages) {
    const report: PackageReport = {
      pkg: p.pkg,
      title: p.title,
      licences: p.licences,
      licenceChecked: await licenceChecked(p),
      installed: isInstalled(p),
      files: 0,
      recordings: 0,
      skippedShort: 0,
      duplicates: 0,
      ...(p.note ? { note: p.note } : {}),
    };
    reports.push(report);
    if (!report.installed) {
      report.leftOut = 'not installed';
      continue;
    }
    if (!report.licenceChecked) {
      report.leftOut = `its copyright file does not name ${p.licences.join(', ')}`;
      continue;
    }
    const files = await packageFiles(p, dataDir);
    report.files = files.length;
    for (const [key, file] of files) {
      const st = await stat(file);
      let probe = cache[file];
      if (!probe || probe.size !== st.size || probe.mtimeMs !== st.mtimeMs) {
        probe = {
          size: st.size,
          mtimeMs: st.mtimeMs,
          durationS: await probeDuration(file).catch(() => 0),
          sha256: await sha256File(file),
        };
        cache[file] = probe;
      }
      if (probe.durationS < MIN_SECONDS) {
        report.skippedShort += 1;
        continue;
      }
      if (seen.has(probe.sha256)) {
        report.duplicates += 1;
        continue;
      }
      seen.set(probe.sha256, key);
      recordings.push({
        key,
        soundtrack: p.pkg,
        file,
        durationS: probe.durationS,
        sha256: probe.sha256,
        split: splitOf(key),
      });
      report.recordings += 1;
    }
  }
  await writeFile(cacheFile, JSON.stringify(cache));
  let chosen = recordings;
  if (tier === 'small') {
    chosen = [...recordings]
      .sort((a, b) => a.durationS - b.durationS || a.key.localeCompare(b.key))
      .slice(0, SMALL_TIER_RECORDINGS)
      .sort((a, b) => a.key.localeCompare(b.key));
    for (const r of reports) r.recordings = chosen.filter((c) => c.soundtrack === r.pkg).length;
  }
  return { tier, recordings: chosen, packages: reports };
}

/** Counts per soundtrack and split, for the result file and the README. */
export function corpusSummary(corpus: Corpus) {
  const perSoundtrack: Record<string, Record<Split | 'total', number>> = {};
  for (const r of corpus.recordings) {
    const row = (perSoundtrack[r.soundtrack] ??= { train: 0, val: 0, test: 0, total: 0 });
    row[r.split] += 1;
    row.total += 1;
  }
  return {
    tier: corpus.tier,
    recordings: corpus.recordings.length,
    soundtracks: Object.keys(perSoundtrack).length,
    audioSeconds: Math.round(corpus.recordings.reduce((s, r) => s + r.durationS, 0)),
    perSoundtrack,
    packages: corpus.packages,
  };
}
