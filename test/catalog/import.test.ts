import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { codes, createTestApi, type TestApi } from '../support/graphql.js';

let tdb: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  tdb = await createTestDatabase();
  api = await createTestApi(tdb.database, { maxImportBytes: 64 * 1024, maxImportRows: 50 });
});
afterAll(async () => {
  await api.stop();
  await tdb.drop();
});

const IMPORT = `mutation ($format: ImportFormat!, $data: String!) {
  importTracks(format: $format, data: $data) { applied created updated unchanged duplicates rejected { line isrc reason } }
}`;

async function counts() {
  const p = tdb.database.prisma;
  return {
    tracks: await p.track.count(),
    artists: await p.artist.count(),
    tags: await p.tag.count(),
    credits: await p.trackArtist.count(),
    trackTags: await p.trackTag.count(),
  };
}

const JSONL = [
  {
    isrc: 'US-IMP-26-00001',
    title: 'Import One',
    durationSec: 181,
    bpm: 120,
    key: 'Gb',
    mode: 'minor',
    hasVocals: true,
    releaseDate: '2024-03-01',
    artists: ['Kai Silva', { name: 'Juno Berg', role: 'FEATURED' }],
    tags: ['GENRE:Electronic', { category: 'MOOD', name: 'Uplifting', weight: 0.8 }],
  },
  {
    isrc: 'USIMP2600002',
    title: 'Import Two',
    durationSec: 95.5,
    artists: ['Kai Silva'],
    tags: ['genre:electronic'],
  },
  { isrc: 'USIMP2600003', title: 'Import Three', durationSec: 240, status: 'HIDDEN', explicit: 'yes' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

const CSV = `isrc,title,durationSec,bpm,key,artists,tags
USIMP2600010,"Quoted, with comma",120,100,C,"Vega Okafor;Sol Hart:PRODUCER","GENRE:Jazz;MOOD:Playful:0.5"
USIMP2600011,"She said ""hi""",130,,,Vega Okafor,
`;

describe('importTracks', () => {
  it('creates every row of a JSONL file, with artists and tags, in one go', async () => {
    const result = await api.run(IMPORT, { format: 'JSONL', data: JSONL }, 'EDITOR');
    expect(result).toEqual({
      data: {
        importTracks: { applied: true, created: 3, updated: 0, unchanged: 0, duplicates: 0, rejected: [] },
      },
    });
    const one = await tdb.database.prisma.track.findUniqueOrThrow({
      where: { isrc: 'USIMP2600001' },
      include: {
        artists: { include: { artist: true }, orderBy: { position: 'asc' } },
        tags: { include: { tag: true } },
      },
    });
    expect(one.musicalKey).toBe('F#');
    expect(one.mode).toBe('MINOR');
    expect(one.artists.map((a) => [a.artist.name, a.role])).toEqual([
      ['Kai Silva', 'PRIMARY'],
      ['Juno Berg', 'FEATURED'],
    ]);
    expect(one.tags.map((t) => [t.tag.category, t.tag.name, t.weight]).sort()).toEqual([
      ['GENRE', 'Electronic', 1],
      ['MOOD', 'Uplifting', 0.8],
    ]);
    expect(
      await tdb.database.prisma.tag.count({ where: { name: { equals: 'electronic', mode: 'insensitive' } } }),
    ).toBe(1);
  });

  it('is idempotent: the same file again creates, updates and duplicates nothing', async () => {
    const before = await counts();
    const result = await api.run(IMPORT, { format: 'JSONL', data: JSONL }, 'EDITOR');
    expect(result).toEqual({
      data: {
        importTracks: { applied: true, created: 0, updated: 0, unchanged: 3, duplicates: 0, rejected: [] },
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('updates a changed row by ISRC and leaves the rest unchanged', async () => {
    const changed = JSONL.replace('"title":"Import Two"', '"title":"Import Two (Remaster)"');
    const result = await api.run(IMPORT, { format: 'JSONL', data: changed }, 'EDITOR');
    expect(result.data).toEqual({
      importTracks: { applied: true, created: 0, updated: 1, unchanged: 2, duplicates: 0, rejected: [] },
    });
    expect(
      (await tdb.database.prisma.track.findUniqueOrThrow({ where: { isrc: 'USIMP2600002' } })).title,
    ).toBe('Import Two (Remaster)');
  });

  it('reads CSV with quoted fields, list cells and empty cells, idempotently', async () => {
    const first = await api.run(IMPORT, { format: 'CSV', data: CSV }, 'EDITOR');
    expect(first.data).toEqual({
      importTracks: { applied: true, created: 2, updated: 0, unchanged: 0, duplicates: 0, rejected: [] },
    });
    const track = await tdb.database.prisma.track.findUniqueOrThrow({ where: { isrc: 'USIMP2600011' } });
    expect([track.title, track.bpm, track.musicalKey]).toEqual(['She said "hi"', null, null]);
    const again = await api.run(IMPORT, { format: 'CSV', data: CSV }, 'EDITOR');
    expect(again.data).toEqual({
      importTracks: { applied: true, created: 0, updated: 0, unchanged: 2, duplicates: 0, rejected: [] },
    });
  });

  it('counts a repeated identical row as a duplicate', async () => {
    const row = JSON.stringify({ isrc: 'USIMP2600020', title: 'Twice', durationSec: 60 });
    const result = await api.run(IMPORT, { format: 'JSONL', data: `${row}\n${row}` }, 'EDITOR');
    expect(result.data).toEqual({
      importTracks: { applied: true, created: 1, updated: 0, unchanged: 0, duplicates: 1, rejected: [] },
    });
  });

  it('changes nothing when one row is bad, and says which and why', async () => {
    const before = await counts();
    const data = [
      JSON.stringify({
        isrc: 'USIMP2600030',
        title: 'Good',
        durationSec: 60,
        artists: ['Brand New Artist'],
        tags: ['THEME:Brand New Tag'],
      }),
      JSON.stringify({ isrc: 'USIMP2600031', title: 'Bad BPM', durationSec: 60, bpm: -3 }),
      JSON.stringify({ isrc: 'USIMP2600001', title: 'Changed but never applied', durationSec: 60 }),
    ].join('\n');
    const result = await api.run(IMPORT, { format: 'JSONL', data }, 'EDITOR');
    expect(result).toEqual({
      data: {
        importTracks: {
          applied: false,
          created: 0,
          updated: 0,
          unchanged: 0,
          duplicates: 0,
          rejected: [{ line: 2, isrc: 'USIMP2600031', reason: 'bpm must be between 1 and 400, got -3' }],
        },
      },
    });
    expect(await counts()).toEqual(before);
    expect(await tdb.database.prisma.artist.count({ where: { name: 'Brand New Artist' } })).toBe(0);
    expect(
      (await tdb.database.prisma.track.findUniqueOrThrow({ where: { isrc: 'USIMP2600001' } })).title,
    ).toBe('Import One');
  });

  describe('bad input', () => {
    it.each([
      [
        'JSONL',
        '{"isrc": "USIMP2600040", "title": "x"',
        [{ line: 1, isrc: null, reason: expect.stringMatching(/^invalid JSON/) }],
      ],
      ['JSONL', '[1,2]', [{ line: 1, isrc: null, reason: 'line is not a JSON object' }]],
      [
        'JSONL',
        '{"isrc":"BAD","title":"x","durationSec":1}',
        [{ line: 1, isrc: 'BAD', reason: 'isrc is not a valid ISRC (CC-XXX-YY-NNNNN): "BAD"' }],
      ],
      [
        'JSONL',
        '{"isrc":"USIMP2600041","durationSec":1}',
        [{ line: 1, isrc: 'USIMP2600041', reason: 'title is required' }],
      ],
      [
        'JSONL',
        '{"isrc":"USIMP2600042","title":"x","durationSec":1,"tags":["COLOUR:Red"]}',
        [
          {
            line: 1,
            isrc: 'USIMP2600042',
            reason: expect.stringMatching(/^tags\[\]\.category must be one of GENRE/),
          },
        ],
      ],
      [
        'CSV',
        'isrc,title,durationSec\nUSIMP2600043,only two',
        [{ line: 1, isrc: null, reason: 'row has 2 cells, the header has 3' }],
      ],
    ])('reports a bad %s row: %s', async (format, data, rejected) => {
      const before = await counts();
      const result = await api.run(IMPORT, { format, data }, 'EDITOR');
      expect(result.data).toEqual({
        importTracks: { applied: false, created: 0, updated: 0, unchanged: 0, duplicates: 0, rejected },
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses an oversized payload with PAYLOAD_TOO_LARGE', async () => {
      const data = JSON.stringify({ isrc: 'USIMP2600050', title: 'x'.repeat(70 * 1024), durationSec: 1 });
      const result = await api.run(IMPORT, { format: 'JSONL', data }, 'EDITOR');
      expect(codes(result)).toEqual(['PAYLOAD_TOO_LARGE']);
      expect(result.errors![0].message).toBe(
        `data is ${Buffer.byteLength(data)} bytes; the import limit is 65536`,
      );
    });

    it('refuses too many rows with PAYLOAD_TOO_LARGE', async () => {
      const data = Array.from({ length: 51 }, (_, i) =>
        JSON.stringify({ isrc: `USIMP27${String(i).padStart(5, '0')}`, title: 't', durationSec: 1 }),
      ).join('\n');
      const result = await api.run(IMPORT, { format: 'JSONL', data }, 'EDITOR');
      expect(codes(result)).toEqual(['PAYLOAD_TOO_LARGE']);
      expect(result.errors![0].message).toBe('data has 51 rows; the import limit is 50');
    });

    it('refuses empty data and a CSV without an isrc column', async () => {
      expect(codes(await api.run(IMPORT, { format: 'JSONL', data: '\n\n' }, 'EDITOR'))).toEqual([
        'BAD_USER_INPUT',
      ]);
      const noIsrc = await api.run(IMPORT, { format: 'CSV', data: 'title\nx' }, 'EDITOR');
      expect(noIsrc.errors![0].message).toBe(
        'data is not valid CSV: the CSV header must include an isrc column',
      );
    });
  });
});

describe('importTracks: strict files', () => {
  const LENIENT = `mutation ($format: ImportFormat!, $data: String!, $lenient: Boolean) {
    importTracks(format: $format, data: $data, lenient: $lenient) { applied created rejected { line isrc reason } }
  }`;

  it.each([
    ['a quote inside an unquoted field', 'isrc,title,durationSec\nUSIMP2600061,Say "hi",60\n', 2],
    [
      'text after a closing quote',
      'isrc,title,durationSec\nUSIMP2600062,60,1\nUSIMP2600063,"Hi"there,60\n',
      3,
    ],
    ['a quote never closed', 'isrc,title,durationSec\nUSIMP2600064,"Open,60\n', 2],
  ])('refuses a CSV with %s, naming its line, and writes nothing', async (_, data, line) => {
    const before = await counts();
    const result = await api.run(IMPORT, { format: 'CSV', data }, 'EDITOR');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('data');
    expect(result.errors![0].message).toMatch(new RegExp(`^data is not valid CSV: line ${line}: `));
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown CSV columns, naming them, and writes nothing', async () => {
    const data = 'isrc,title,durationSec,bmp,moood\nUSIMP2600070,Typo,60,120,calm\n';
    const before = await counts();
    const result = await api.run(IMPORT, { format: 'CSV', data }, 'EDITOR');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('data');
    expect(result.errors![0].message).toMatch(
      /^data has unknown columns: "bmp", "moood"\. Known columns: isrc, title/,
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown JSONL keys, naming them with their first line', async () => {
    const data = [
      JSON.stringify({ isrc: 'USIMP2600071', title: 'Fine', durationSec: 60 }),
      JSON.stringify({ isrc: 'USIMP2600072', title: 'Typo', durationSec: 60, bmp: 120 }),
    ].join('\n');
    const result = await api.run(IMPORT, { format: 'JSONL', data }, 'EDITOR');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].message).toMatch(/^data has unknown keys: "bmp" \(line 2\)\. Known keys: /);
    expect(await tdb.database.prisma.track.count({ where: { isrc: 'USIMP2600071' } })).toBe(0);
  });

  it('ignores unknown columns and keys with lenient: true, and refuses them with lenient: false', async () => {
    const csv = 'isrc,title,durationSec,bmp\nUSIMP2600073,Lenient CSV,60,120\n';
    const jsonl = JSON.stringify({ isrc: 'USIMP2600074', title: 'Lenient JSONL', durationSec: 60, bmp: 1 });
    expect(codes(await api.run(LENIENT, { format: 'CSV', data: csv, lenient: false }, 'EDITOR'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    for (const [format, data] of [
      ['CSV', csv],
      ['JSONL', jsonl],
    ]) {
      const result = await api.run(LENIENT, { format, data, lenient: true }, 'EDITOR');
      expect(result).toEqual({ data: { importTracks: { applied: true, created: 1, rejected: [] } } });
    }
    const track = await tdb.database.prisma.track.findUniqueOrThrow({ where: { isrc: 'USIMP2600073' } });
    expect(track.bpm).toBeNull();
  });

  it('rejects a release date in year 0000, naming the row', async () => {
    const data = JSON.stringify({
      isrc: 'USIMP2600075',
      title: 'Year zero',
      durationSec: 60,
      releaseDate: '0000-01-01',
    });
    const result = await api.run(IMPORT, { format: 'JSONL', data }, 'EDITOR');
    expect(result.data).toMatchObject({
      importTracks: {
        applied: false,
        rejected: [
          {
            line: 1,
            isrc: 'USIMP2600075',
            reason: 'releaseDate must be a YYYY-MM-DD date, got "0000-01-01"',
          },
        ],
      },
    });
  });
});
