// Fits the frame PCA (extractor features -> 1024-d, whitened) on videos and/or still photographs
// (several random crops each) and stores it as a versioned directory (manifest.json + float32
// files with their sha256). See docs/media.md, "Video".
//
//   npm run fit:frame-pca -- data/catalog-videos/                      # -> data/frame-pca/<extractor>-catalog-v1
//   npm run fit:frame-pca -- --version 2 --out models/frame-pca/mine a.mp4 b.mov
//   npm run fit:frame-pca -- --synthetic --name pca --version 1 --out models/frame-pca/mobilenetv2-nsfwjs-v1
//                                                                      # the first shipped PCA (test patterns)
//   npm run fit:frame-pca -- --name photos --version 1 --crops 96 --epsilon 1e-5 \
//     --list models/frame-pca/mobilenetv2-nsfwjs-photos-v1/images.txt   # the shipped default (-> data/frame-pca/...)
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type FrameExtractorName } from '../src/config.js';
import { configuredFrameExtractor } from '../src/media/frame-extractors/index.js';
import {
  addImagesToPca,
  addVideosToPca,
  DEFAULT_CROPS_PER_IMAGE,
  fitAccumulated,
  IMAGE_EXTENSIONS,
  PcaAccumulator,
  pcaSpectrum,
  SYNTHETIC_SECONDS,
  SYNTHETIC_SOURCES,
  writeFramePca,
  writeSyntheticCorpus,
} from '../src/media/video/index.js';
import type { FitProgress } from '../src/media/video/index.js';
import { fail, parseCli, positiveInt } from './cli-args.js';

const NAME = 'fit:frame-pca';
const USAGE = `usage: npm run fit:frame-pca -- [--synthetic] [--extractor mobilenetv2-nsfwjs|inceptionv3-nsfwjs|onnx]
       [--name NAME] [--version N] [--epsilon R] [--out DIR] [--list FILE] [--crops N] [--seed N]
       [VIDEO|IMAGE|FOLDER...]
  --synthetic   fit on ffmpeg-generated test patterns (the first shipped PCA's corpus)
  --list        a file naming videos/images/folders, one a line (# starts a comment)
  --crops       frames taken from each still image: the whole image + random crops (default ${DEFAULT_CROPS_PER_IMAGE})
  --seed        seed of the crops (default 1)
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
  list: { type: 'string' },
  crops: { type: 'string', default: String(DEFAULT_CROPS_PER_IMAGE) },
  seed: { type: 'string', default: '1' },
});
const inputs = [...positionals];
if (values.list) {
  const text = await readFile(values.list, 'utf8').catch(() => fail(NAME, `${values.list}: cannot read`));
  for (const line of text.split('\n')) {
    const entry = line.replace(/#.*/, '').trim();
    if (entry) inputs.push(entry);
  }
}
if (!values.synthetic && inputs.length === 0) fail(NAME, `no videos or images given\n${USAGE}`);
const cropsPerImage = positiveInt(NAME, '--crops', values.crops);
const seed = positiveInt(NAME, '--seed', values.seed);
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

const isImage = (f: string) => IMAGE_EXTENSIONS.has(path.extname(f).toLowerCase());

/** A file as given (an image by its extension, else a video), or a folder's videos and images. */
async function filesIn(p: string): Promise<string[]> {
  const s = await stat(p).catch(() => fail(NAME, `${p}: no such file or folder`));
  if (!s.isDirectory()) return [p];
  const entries = await readdir(p, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => {
      const ext = path.extname(e.name).toLowerCase();
      return e.isFile() && (VIDEO_EXT.has(ext) || IMAGE_EXTENSIONS.has(ext));
    })
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
for (const p of inputs) files.push(...(await filesIn(p)));
const imageFiles = files.filter(isImage);
const videoFiles = files.filter((f) => !isImage(f));
if (files.length === 0) fail(NAME, 'the folders given hold no video or image files');

try {
  console.log(
    `extracting ${extractor.id} v${extractor.version} features (${extractor.dim}-d) from ${videoFiles.length} videos` +
      ` and ${imageFiles.length} images (${cropsPerImage} crops each)`,
  );
  const onProgress = (p: FitProgress) => {
    if (p.error) console.log(`  ${path.basename(p.file)}: skipped (${p.error.code}: ${p.error.message})`);
    else if (p.done) console.log(`  ${path.basename(p.file)}: ${p.frames} frames (${p.totalFrames} so far)`);
  };
  const acc = new PcaAccumulator(extractor.dim);
  const fromVideos = await addVideosToPca(acc, videoFiles, extractor, { onProgress });
  const fromImages = await addImagesToPca(acc, imageFiles, extractor, { cropsPerImage, seed, onProgress });
  const fit = {
    frames: acc.count,
    videos: fromVideos.videos,
    images: fromImages.images,
    failed: [...fromVideos.failed, ...fromImages.failed],
  };
  console.log(
    `  ${fit.frames} frames from ${fit.videos.length} videos and ${fit.images.length} images; eigen-decomposition of ${extractor.dim}x${extractor.dim}...`,
  );
  const params = fitAccumulated(acc, relativeEpsilon);
  const out = path.resolve(
    values.out ?? path.join(config.dataDir, 'frame-pca', `${extractor.id}-${pcaName}-v${version}`),
  );
  const eps = values.epsilon ? ` --epsilon ${values.epsilon}` : '';
  const imageArgs =
    fit.images.length > 0 ? ` --crops ${cropsPerImage}${seed !== 1 ? ` --seed ${seed}` : ''}` : '';
  const given = values.list ? ` --list ${values.list}` : '';
  const recipe = values.synthetic
    ? `npm run fit:frame-pca -- --synthetic --name ${pcaName} --version ${version}${eps} (ffmpeg ${SYNTHETIC_SOURCES.length} lavfi sources x ${SYNTHETIC_SECONDS} s, src/media/video/pca/synthetic-corpus.ts)`
    : `npm run fit:frame-pca -- --name ${pcaName} --version ${version}${eps}${imageArgs}${given}` +
      ` <${fit.videos.length} videos, ${fit.images.length} images>`;
  const manifest = await writeFramePca(out, params, {
    name: pcaName,
    version,
    extractor: { id: extractor.id, version: extractor.version },
    fit: {
      frames: fit.frames,
      videos: fit.videos.length,
      ...(fit.images.length > 0 ? { images: fit.images.length, cropsPerImage } : {}),
      sources: [
        ...(values.synthetic ? SYNTHETIC_SOURCES.map((s) => `lavfi:${s.graph}`) : []),
        ...fit.videos.filter((f) => !corpusDir || !f.startsWith(corpusDir)).map((f) => path.basename(f)),
        // Images by full path: a photo package's files are identified by where it installs them.
        ...fit.images,
      ],
      createdAt: new Date().toISOString(),
      recipe,
    },
  });
  console.log(
    `wrote ${out}\n  front end ${extractor.id}+${manifest.name}@${manifest.version}: ${manifest.components} components` +
      `${manifest.components < 1024 ? ` (+${1024 - manifest.components} zero)` : ''}, ${(manifest.explainedVariance * 100).toFixed(1)}% of the variance,` +
      ` ${fit.failed.length} files skipped, ${((Date.now() - started) / 1000).toFixed(1)} s\n  use it with VMR_FRAME_PCA=${out}`,
  );
  const sp = pcaSpectrum(params);
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(
    `  spectrum: ${sp.aboveEpsilon} of ${params.components} eigenvalues above epsilon ${params.epsilon.toExponential(3)};` +
      ` variance held by the top 64 / 256 / ${params.components}: ${pct(sp.explained.top64)} / ${pct(sp.explained.top256)} / ${pct(sp.explained.all)};` +
      ` whitening condition number ${sp.whiteningCondition.toFixed(1)}`,
  );
  if (fit.failed.length > 0) process.exitCode = 2;
} finally {
  if (corpusDir) await rm(corpusDir, { recursive: true, force: true });
}
