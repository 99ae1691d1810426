import type { Db } from '../../src/db/client.js';
import type { KeyMode, TagCategory, TrackStatus } from '../../src/generated/prisma/enums.js';

/** A small catalog whose every attribute is known, so filter tests can compute expected answers. */
export interface FixtureTrack {
  isrc: string;
  title: string;
  artist: string;
  bpm: number | null;
  durationSec: number;
  key: string | null;
  mode: KeyMode | null;
  hasVocals: boolean;
  explicit: boolean;
  year: number | null;
  status: TrackStatus;
  tags: string[];
}

const T = (
  n: number,
  title: string,
  artist: string,
  bpm: number | null,
  durationSec: number,
  key: string | null,
  mode: KeyMode | null,
  hasVocals: boolean,
  explicit: boolean,
  year: number | null,
  status: TrackStatus,
  tags: string[],
): FixtureTrack => ({
  isrc: `USFIX26${String(n).padStart(5, '0')}`,
  title,
  artist,
  bpm,
  durationSec,
  key,
  mode,
  hasVocals,
  explicit,
  year,
  status,
  tags,
});

export const FIXTURE_TRACKS: FixtureTrack[] = [
  T(1, 'Amber Road', 'Nova Rivers', 92, 180, 'C', 'MAJOR', true, false, 2019, 'ACTIVE', [
    'Folk',
    'Warm',
    'Guitar',
  ]),
  T(2, 'Blue Static', 'Echo Stone', 128, 210, 'A', 'MINOR', false, false, 2021, 'ACTIVE', [
    'Electronic',
    'Energetic',
    'Synth',
  ]),
  T(3, 'Cinder', 'Echo Stone', 124, 195, 'A', 'MINOR', true, true, 2022, 'ACTIVE', ['Electronic', 'Dark']),
  T(4, 'Dawn Chorus', 'Iris Vale', 70, 240, 'D', 'MAJOR', false, false, 2018, 'ACTIVE', [
    'Ambient',
    'Calm',
    'Piano',
  ]),
  T(5, 'Ember', 'Iris Vale', null, 150, null, null, false, false, null, 'ACTIVE', ['Ambient', 'Dark']),
  T(6, 'Fjord', 'Nova Rivers', 100, 200, 'C#', 'MINOR', true, false, 2020, 'ACTIVE', ['Folk', 'Calm']),
  T(7, 'Gravity Well', 'Orion Quinn', 140, 300, 'F', 'MINOR', false, false, 2023, 'ACTIVE', [
    'Cinematic',
    'Tense',
    'Strings',
  ]),
  T(8, 'Hidden Track', 'Orion Quinn', 90, 120, 'G', 'MAJOR', false, false, 2020, 'HIDDEN', [
    'Cinematic',
    'Calm',
  ]),
  T(9, 'Interlude', 'Luna Hart', 60, 90, 'E', 'MAJOR', false, false, 2017, 'ACTIVE', ['Ambient', 'Piano']),
  T(10, 'Jetstream', 'Luna Hart', 130, 185, 'A', 'MAJOR', true, true, 2024, 'TAKEN_DOWN', [
    'Electronic',
    'Energetic',
  ]),
  T(11, 'Kites', 'Nova Rivers feat. Luna Hart', 110, 175, 'C', 'MAJOR', true, false, 2021, 'ACTIVE', [
    'Folk',
    'Warm',
  ]),
  T(12, 'Lantern', 'Iris Vale', null, 205, 'D', 'MINOR', false, false, 2016, 'ACTIVE', [
    'Cinematic',
    'Calm',
    'Piano',
  ]),
];

export const FIXTURE_TAG_CATEGORY: Record<string, TagCategory> = {
  Folk: 'GENRE',
  Electronic: 'GENRE',
  Ambient: 'GENRE',
  Cinematic: 'GENRE',
  Warm: 'MOOD',
  Energetic: 'MOOD',
  Dark: 'MOOD',
  Calm: 'MOOD',
  Tense: 'MOOD',
  Guitar: 'INSTRUMENT',
  Synth: 'INSTRUMENT',
  Piano: 'INSTRUMENT',
  Strings: 'INSTRUMENT',
};

/** Inserts FIXTURE_TRACKS; returns track ids by ISRC. */
export async function seedFixtureCatalog(db: Db): Promise<Map<string, string>> {
  const tagIds = new Map<string, string>();
  for (const [name, category] of Object.entries(FIXTURE_TAG_CATEGORY)) {
    tagIds.set(name, (await db.tag.create({ data: { name, category } })).id);
  }
  const artistIds = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const t of FIXTURE_TRACKS) {
    if (!artistIds.has(t.artist))
      artistIds.set(t.artist, (await db.artist.create({ data: { name: t.artist } })).id);
    const track = await db.track.create({
      data: {
        isrc: t.isrc,
        title: t.title,
        bpm: t.bpm,
        durationSec: t.durationSec,
        musicalKey: t.key,
        mode: t.mode,
        hasVocals: t.hasVocals,
        explicit: t.explicit,
        status: t.status,
        releaseDate: t.year ? new Date(Date.UTC(t.year, 5, 1)) : null,
        artists: { create: [{ artistId: artistIds.get(t.artist)!, role: 'PRIMARY', position: 0 }] },
        tags: { create: t.tags.map((name) => ({ tagId: tagIds.get(name)!, weight: 1 })) },
        licences: {
          create: [
            {
              rightsHolder: 'Fixture Rights',
              usages: ['ONLINE_VIDEO', 'SOCIAL'],
              worldwide: true,
              territoriesAllow: [],
              territoriesDeny: [],
            },
          ],
        },
      },
    });
    ids.set(t.isrc, track.id);
  }
  return ids;
}
