// Fits the frame PCA (extractor features -> 1024-d, whitened) on videos and stores it as a
// versioned directory (manifest.json + float32 files with their sha256). See docs/media.md, "Video".
//
//   npm run fit:frame-pca -- data/catalog-videos/                      # -> data/frame-pca/<extractor>-catalog-v1
//   npm run fit:frame-pca -- --version 2 --out models/frame-pca/mine a.mp4 b.mov
//   npm run fit:frame-pca -- --synthetic --name pca --version 1 --out models/frame-pca/mobilenetv2-nsfwjs-v1
//                                                                      # the shipped default's recipe
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type FrameExtractorName } from '../src/config.js';
import { configuredFrameExtractor } from '../src/media/frame-extractors/index.js';
import {
  fitFramePcaOnVideos,
  SYNTHETIC_SECONDS,
  SYNTHETIC_SOURCES,
  writeFramePca,
  writeSyntheticCorpus,
} from '../src/media/video/index.js';
import { fail, parseCli, positiveInt } from './cli-args.js';

const NAME = 'fit:frame-pca';
const USAGE = `usage: npm run fit:frame-pca -- [--synthetic] [--extractor mobilenetv2-nsfwjs|inceptionv3-nsfwjs|onnx]
       [--name NAME] [--version N] [--epsilon R] [--out DIR] [VIDEO|FOLDER...]
  --synthetic   fit on ffmpeg-generated test patterns (the shipped default's corpus)
  --name        PCA name in the front-end key <extractor>+<name>@<version> (default catalog; pca with --synthetic)
  --version     bump it on every refit: features from two fits are different spaces (default 1)
  --epsilon     whitening regulariser, relative to the largest eigenvalue (default 1e-3)
  --out         output directory (default <DATA_DIR>/frame-pca/<extractor>-<name>-v<version>)`;
const VIDEO_EXT = new Set(['.mp4', '.m4v', '.mov', '.webm', '.mkv', '.avi', '.mpg', '.mpeg', '.ts']);

const { values, positionals } = parseCli(NAME, USAGE, {
  synthetic: { type: 'boolean', default: false },
  extractor: { type: 'string' },
  name: { type: 'string' },
  version: { type: 'string', default: '1' },
  epsilon: { type: 'string' },
  out: { type: 'string' },
});
if (!values.synthetic && positionals.length === 0) fail(NAME, `no videos given\n${USAGE}`);
const version = positiveInt(NAME, '--version', values.version);
const pcaName = values.name ?? (values.synthetic ? 'pca' : 'catalog');
if (!/^[a-z0-9][a-z0-9-]*$/.test(pcaName))
  fail(NAME, `--name must be lowercase letters, digits and dashes, got ${pcaName}`);
const relativeEpsilon = values.epsilon === undefined ? undefined : Number(values.epsilon);
if (relativeEpsilon !== undefined && !(relativeEpsilon > 0))
  fail(NAME, `--epsilon must be a positive number, got ${values.epsilon}`);

const config = loadConfig();
const video = {
  ...config.video,
  ...(values.extractor ? { frameExtractor: values.extractor as FrameExtractorName } : {}),
};

async function videosIn(p: string): Promise<string[]> {
  const s = await stat(p).catch(() => fail(NAME, `${p}: no such file or folder`));
  if (!s.isDirectory()) return [p];
  const entries = await readdir(p, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && VIDEO_EXT.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const started = Date.now();
const extractor = await configuredFrameExtractor(video);
let corpusDir: string | undefined;
let files: string[] = [];
if (values.synthetic) {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'vmr-frame-pca-'));
  console.log(
    `rendering ${SYNTHETIC_SOURCES.length} ffmpeg test-pattern videos of ${SYNTHETIC_SECONDS} s into ${corpusDir}`,
  );
  files = await writeSyntheticCorpus(corpusDir);
}
for (const p of positionals) files.push(...(await videosIn(p)));
if (files.length === 0) fail(NAME, 'the folders given hold no video files');

try {
  console.log(
    `extracting ${extractor.id} v${extractor.version} features (${extractor.dim}-d) from ${files.length} videos`,
  );
  const fit = await fitFramePcaOnVideos(files, extractor, {
    ...(relativeEpsilon === undefined ? {} : { relativeEpsilon }),
    onProgress: (p) => {
      if (p.error) console.log(`  ${path.basename(p.file)}: skipped (${p.error.code}: ${p.error.message})`);
      else if (p.done)
        console.log(`  ${path.basename(p.file)}: ${p.frames} frames (${p.totalFrames} so far)`);
    },
  });
  console.log(
    `  ${fit.frames} frames from ${fit.videos.length} videos; eigen-decomposition of ${extractor.dim}x${extractor.dim}...`,
  );
  const out = path.resolve(
    values.out ?? path.join(config.dataDir, 'frame-pca', `${extractor.id}-${pcaName}-v${version}`),
  );
  const recipe = values.synthetic
    ? `npm run fit:frame-pca -- --synthetic --name ${pcaName} --version ${version}${values.epsilon ? ` --epsilon ${values.epsilon}` : ''} (ffmpeg ${SYNTHETIC_SOURCES.length} lavfi sources x ${SYNTHETIC_SECONDS} s, src/media/video/pca/synthetic-corpus.ts)`
    : `npm run fit:frame-pca -- --name ${pcaName} --version ${version}${values.epsilon ? ` --epsilon ${values.epsilon}` : ''} <${fit.videos.length} videos>`;
  const manifest = await writeFramePca(out, fit.params, {
    name: pcaName,
    version,
    extractor: { id: extractor.id, version: extractor.version },
    fit: {
      frames: fit.frames,
      videos: fit.videos.length,
      sources: values.synthetic
        ? SYNTHETIC_SOURCES.map((s) => `lavfi:${s.graph}`)
        : fit.videos.map((f) => path.basename(f)),
      createdAt: new Date().toISOString(),
      recipe,
    },
  });
  console.log(
    `wrote ${out}\n  front end ${extractor.id}+${manifest.name}@${manifest.version}: ${manifest.components} components` +
      `${manifest.components < 1024 ? ` (+${1024 - manifest.components} zero)` : ''}, ${(manifest.explainedVariance * 100).toFixed(1)}% of the variance,` +
      ` ${fit.failed.length} files skipped, ${((Date.now() - started) / 1000).toFixed(1)} s\n  use it with VMR_FRAME_PCA=${out}`,
  );
  if (fit.failed.length > 0) process.exitCode = 2;
} finally {
  if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
}
