import type { Prisma } from '../../generated/prisma/client.js';
import type { LicenceUsage, TagCategory, TrackStatus } from '../../generated/prisma/enums.js';
import type { Db } from '../../db/client.js';
import { generateSyntheticDataset, type FeatureSequence } from '../../ml/index.js';
import { demoFeatureRow } from '../media-features.js';
import { pick, seededRandom, stableUuid } from './random.js';
import { DEMO_STYLES, TAG_CATEGORY_OF, energyTag, type DemoStyle } from './styles.js';
import {
  countDemoTrainingPairs,
  seedDemoTrainingSet,
  seedDemoTrainingSetInBackground,
  TRAINING_SET_PAIRS,
} from './training-set.js';

export const DEMO_SEED = 20261127;
export const DEMO_TRACKS = 160;
export const DEMO_VIDEOS = 48;
/**
 * The synthetic generator's seed fixes its latent style maps; the shipped default model was
 * trained on seed 1 (models/default/manifest.json), so the demo features come from the same
 * maps. Longer sequences than the training data's (30-90 s instead of 20-60 s) make the draws
 * differ from the training examples.
 */
export const DEMO_FEATURE_SEED = 1;

const FIRST = [
  'Nova',
  'Atlas',
  'Luna',
  'Echo',
  'Iris',
  'Juno',
  'Orion',
  'Vega',
  'Sol',
  'Mira',
  'Kai',
  'Wren',
];
const LAST = ['Rivers', 'Stone', 'Vale', 'Hart', 'Quinn', 'Moreau', 'Okafor', 'Tanaka', 'Silva', 'Berg'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'NG', 'SE', 'CA', 'AU'];
const KEYS = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const USAGE_SETS: LicenceUsage[][] = [
  ['ONLINE_VIDEO', 'SOCIAL'],
  ['ONLINE_VIDEO', 'SOCIAL', 'PODCAST'],
  ['ONLINE_VIDEO', 'SOCIAL', 'ADVERTISING'],
  ['ONLINE_VIDEO', 'BROADCAST', 'FILM'],
  ['ONLINE_VIDEO', 'SOCIAL', 'ADVERTISING', 'BROADCAST', 'FILM', 'GAME'],
];
const HOLDERS = ['Northwind Music Publishing', 'Bluefjord Records', 'Open Sky Library', 'Kite & Key Audio'];

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface DemoTrackInfo {
  id: string;
  style: DemoStyle;
  styleIndex: number;
}

export interface DemoSeedOptions {
  /**
   * Also seed the default model's synthetic training set (./training-set.ts: 3300 TRAINING_ONLY tracks,
   * videos and pairs with source `synthetic`): `background` (the default; it takes about a
   * minute, so start-up does not wait for it), `await`, or `false`. Off under Jest
   * (NODE_ENV=test), where most test databases only need the browsable catalog; tests of
   * retraining quality ask for `await`.
   */
  trainingSet?: 'background' | 'await' | false;
  log?: (message: string) => void;
}

const DEMO_MARKER_ISRC = 'QZDMO2600001';

/**
 * Seeds the demo catalog when the catalog is empty; a no-op otherwise. Everything, ids included,
 * derives from DEMO_SEED, so two fresh installs hold the same catalog.
 */
export async function seedDemoCatalogIfEmpty(
  db: Db,
  options: DemoSeedOptions = {},
): Promise<{ seeded: boolean; tracks: DemoTrackInfo[]; trainingPairs: number }> {
  const trainingSet = options.trainingSet ?? (process.env.NODE_ENV === 'test' ? false : 'background');
  const log = options.log ?? ((m: string) => console.log(m));
  if ((await db.track.count()) > 0) {
    // A start that was stopped while the training set was being written fills it in.
    const demo = await db.track.findUnique({ where: { isrc: DEMO_MARKER_ISRC }, select: { id: true } });
    const total = TRAINING_SET_PAIRS.train + TRAINING_SET_PAIRS.val;
    if (trainingSet && demo && (await countDemoTrainingPairs(db)) < total) {
      log('[db] the demo training set is incomplete; seeding it');
      if (trainingSet === 'await') await seedDemoTrainingSet(db);
      else void seedDemoTrainingSetInBackground(db, log);
    }
    return { seeded: false, tracks: [], trainingPairs: 0 };
  }
  const random = seededRandom(DEMO_SEED);
  const synthetic = generateSyntheticDataset({
    seed: DEMO_FEATURE_SEED,
    styles: DEMO_STYLES.length,
    trainPairs: DEMO_TRACKS,
    valPairs: 0,
    testPairs: 0,
    minFrames: 30,
    maxFrames: 90,
  });
  const features: Prisma.MediaFeatureCreateManyInput[] = [];
  const feature = (
    owner: { trackId: string } | { videoId: string },
    kind: 'AUDIO' | 'VISUAL',
    seq: FeatureSequence,
  ) =>
    features.push({
      id: stableUuid(`feature:${'trackId' in owner ? owner.trackId : owner.videoId}:${kind}`),
      ...owner,
      ...demoFeatureRow(owner, kind, seq, 'demo'),
    });

  const artists = Array.from({ length: 28 }, (_, i) => ({
    id: stableUuid(`artist:${i}`),
    name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length * 2 ? ` ${['Trio', 'Collective', 'Ensemble', 'Band'][i % 4]}` : ''}`,
    country: COUNTRIES[i % COUNTRIES.length],
  }));

  const tagIds = new Map<string, string>();
  const tags: Prisma.TagCreateManyInput[] = [];
  const addTag = (category: TagCategory, name: string) => {
    const key = `${category}:${name}`;
    if (!tagIds.has(key)) {
      tagIds.set(key, stableUuid(`tag:${key}`));
      tags.push({ id: tagIds.get(key)!, category, name });
    }
    return tagIds.get(key)!;
  };
  for (const style of DEMO_STYLES) {
    for (const field of ['genre', 'moods', 'instruments', 'themes'] as const) {
      for (const name of ([] as string[]).concat(style[field])) addTag(TAG_CATEGORY_OF[field], name);
    }
  }
  for (const level of ['Low', 'Medium', 'High']) addTag('ENERGY', level);

  const tracks: Prisma.TrackCreateManyInput[] = [];
  const credits: Prisma.TrackArtistCreateManyInput[] = [];
  const trackTags: Prisma.TrackTagCreateManyInput[] = [];
  const licences: Prisma.LicenceTermCreateManyInput[] = [];
  const info: DemoTrackInfo[] = [];
  for (let i = 0; i < DEMO_TRACKS; i += 1) {
    const source = synthetic.dataset.tracks[i];
    const styleIndex = synthetic.trackStyles[source.id];
    const style = DEMO_STYLES[styleIndex];
    const id = stableUuid(`track:${i}`);
    feature({ trackId: id }, 'AUDIO', source.audio);
    const energy = Math.round((style.energy[0] + random() * (style.energy[1] - style.energy[0])) * 100) / 100;
    const status: TrackStatus = i % 29 === 7 ? 'HIDDEN' : i % 41 === 11 ? 'TAKEN_DOWN' : 'ACTIVE';
    const hasVocals = random() < style.vocalShare;
    tracks.push({
      id,
      isrc: `QZDMO26${String(i + 1).padStart(5, '0')}`,
      title: `${pick(random, style.words)} ${pick(random, ['Light', 'Lines', 'Waves', 'Days', 'Motion', 'Hearts', 'Skies', 'Echoes'])}${i >= 40 ? ` ${['II', 'III', 'IV', 'V'][Math.floor(i / 40) - 1]}` : ''}`,
      durationSec: source.audio.frames,
      bpm: Math.round(style.bpm[0] + random() * (style.bpm[1] - style.bpm[0])),
      musicalKey: pick(random, KEYS),
      mode: random() < 0.6 ? 'MAJOR' : 'MINOR',
      hasVocals,
      explicit: hasVocals && random() < 0.1,
      energy,
      releaseDate: date(
        `${2015 + Math.floor(random() * 11)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      ),
      language: hasVocals ? pick(random, ['en', 'en', 'es', 'fr', 'pt']) : null,
      status,
    });
    info.push({ id, style, styleIndex });
    const artist = artists[(styleIndex * 3 + Math.floor(random() * 3)) % artists.length];
    credits.push({ trackId: id, artistId: artist.id, role: 'PRIMARY', position: 0 });
    if (random() < 0.25)
      credits.push({
        trackId: id,
        artistId: artists[(i * 5 + 1) % artists.length].id,
        role: 'FEATURED',
        position: 1,
      });
    const weights: Array<[string, number]> = [[addTag('GENRE', style.genre), 1]];
    style.moods.forEach((m, k) => weights.push([addTag('MOOD', m), k === 0 ? 0.9 : 0.6]));
    for (const ins of style.instruments) if (random() < 0.75) weights.push([addTag('INSTRUMENT', ins), 0.7]);
    weights.push([addTag('THEME', pick(random, style.themes)), 0.5]);
    weights.push([addTag('ENERGY', energyTag(energy)), 0.8]);
    for (const [tagId, weight] of new Map(weights)) trackTags.push({ trackId: id, tagId, weight });
    licences.push(demoLicence(random, id, i, 0));
    if (random() < 0.35) licences.push(demoLicence(random, id, i, 1));
  }

  const videos: Prisma.VideoCreateManyInput[] = [];
  const pairs: Prisma.VideoMusicPairCreateManyInput[] = [];
  // Each synthetic video was published with its own synthetic track: that pair is the demo pair.
  for (let v = 0; v < DEMO_VIDEOS; v += 1) {
    const source = synthetic.dataset.videos[v];
    const pair = synthetic.dataset.pairs.find((p) => p.videoId === source.id)!;
    const track = info[synthetic.dataset.tracks.findIndex((t) => t.id === pair.trackId)];
    const style = track.style;
    const scene = style.videoScenes[v % style.videoScenes.length];
    const id = stableUuid(`video:${v}`);
    videos.push({
      id,
      externalId: `demo-video-${String(v + 1).padStart(3, '0')}`,
      title: `${scene} #${v + 1}`,
      onScreenText: `${pick(random, style.themes)} | ${pick(random, style.words)}`,
      captions: source.text?.captions ?? null,
      durationSec: source.visual!.frames,
    });
    feature({ videoId: id }, 'VISUAL', source.visual!);
    if (source.audio) feature({ videoId: id }, 'AUDIO', source.audio);
    const split = v % 6 === 5 ? 'VALIDATION' : 'TRAIN';
    pairs.push({ id: stableUuid(`pair:${v}`), videoId: id, trackId: track.id, split, source: 'demo' });
  }

  await db.$transaction(
    async (tx) => {
      await tx.artist.createMany({ data: artists });
      await tx.tag.createMany({ data: tags });
      await tx.track.createMany({ data: tracks });
      await tx.trackArtist.createMany({ data: credits });
      await tx.trackTag.createMany({ data: trackTags });
      await tx.licenceTerm.createMany({ data: licences });
      await tx.video.createMany({ data: videos });
      await tx.videoMusicPair.createMany({ data: pairs });
      await tx.mediaFeature.createMany({ data: features });
      // A few hundred rows in one go: Prisma's 5 s default is too tight on a loaded 2-core machine.
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  let trainingPairs = 0;
  if (trainingSet === 'await') trainingPairs = (await seedDemoTrainingSet(db)).pairs;
  else if (trainingSet === 'background') {
    log('[db] seeding the demo training set (3300 synthetic pairs) in the background');
    void seedDemoTrainingSetInBackground(db, log);
  }
  return { seeded: true, tracks: info, trainingPairs };
}

/** Deals with the variety real catalogs have: regional, carved-out, expired and future terms. */
function demoLicence(
  random: () => number,
  trackId: string,
  i: number,
  k: number,
): Prisma.LicenceTermCreateManyInput {
  const shape = (i + k * 3) % 6;
  const base = {
    id: stableUuid(`licence:${i}:${k}`),
    trackId,
    rightsHolder: HOLDERS[(i + k) % HOLDERS.length],
    usages: USAGE_SETS[(i * 3 + k) % USAGE_SETS.length],
    priceTier: 1 + Math.floor(random() * 5),
    exclusive: random() < 0.1,
    contentIdRegistered: random() < 0.3,
  };
  switch (shape) {
    case 0:
    case 1:
      return {
        ...base,
        worldwide: true,
        territoriesAllow: [],
        territoriesDeny: [],
        validFrom: date('2020-01-01'),
      };
    case 2:
      return {
        ...base,
        worldwide: true,
        territoriesAllow: [],
        territoriesDeny: ['CN', 'RU'],
        validFrom: date('2021-06-01'),
      };
    case 3:
      return {
        ...base,
        worldwide: false,
        territoriesAllow: ['CA', 'GB', 'US'],
        territoriesDeny: [],
        validFrom: date('2019-01-01'),
      };
    case 4:
      return {
        ...base,
        worldwide: false,
        territoriesAllow: ['AT', 'CH', 'DE', 'FR'],
        territoriesDeny: [],
        validFrom: date('2020-01-01'),
        validUntil: date('2024-12-31'),
      };
    default:
      return {
        ...base,
        worldwide: true,
        territoriesAllow: [],
        territoriesDeny: [],
        validFrom: date('2027-01-01'),
      };
  }
}
