import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as TfRecordLib from 'tfrecord';
import {
  crc32c,
  decodeSequenceExample,
  decodeYt8mFrameRecord,
  encodeSequenceExample,
  encodeYt8mFrameRecord,
  frameTfRecord,
  maskCrc,
  readTfRecords,
  readYt8mFrameFile,
  TfRecordError,
  writeYt8mFrameFile,
  Yt8mRecordError,
  type Yt8mFrameRecord,
} from '../../src/ml/data/yt8m/index.js';
import { dequantizeYt8m } from '../../src/ml/features/feature-sequence.js';
import { Rng } from '../../src/ml/util/rng.js';
import { ProtoWriter } from '../../src/ml/onnx/proto-writer.js';

// The `tfrecord` package (MIT, protobuf.js + its own CRC32C) is an independent reader.
const tfrecord = createRequire(import.meta.url)('tfrecord') as typeof TfRecordLib;

function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(256);
  return out;
}

function randomRecord(rng: Rng, index: number): Yt8mFrameRecord {
  const frames = 1 + rng.int(6);
  return {
    id: `v${index.toString(36).padStart(3, '0')}`,
    labels: Array.from({ length: rng.int(4) }, () => rng.int(3862)),
    frames,
    rgb: randomBytes(rng, frames * 1024),
    audio: randomBytes(rng, frames * 128),
  };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'yt8m-format-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CRC-32C', () => {
  test('gives the published check value crc32c("123456789") = 0xE3069283', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });
  test('matches a bit-at-a-time reference on lengths that are not multiples of eight', () => {
    const data = randomBytes(new Rng(3), 1001);
    for (const n of [0, 1, 7, 8, 9, 63, 1001]) {
      let c = 0xffffffff;
      for (const b of data.subarray(0, n)) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
      }
      expect(crc32c(data.subarray(0, n))).toBe(~c >>> 0);
    }
  });
  test('continues over chunks like one pass', () => {
    const data = randomBytes(new Rng(4), 100);
    expect(crc32c(data.subarray(37), crc32c(data.subarray(0, 37)))).toBe(crc32c(data));
  });
  test('masks as ((crc >>> 15) | (crc << 17)) + 0xa282ead8 mod 2^32', () => {
    const crc = 0xe3069283;
    expect(maskCrc(crc)).toBe(Number((BigInt(((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8n) % 2n ** 32n));
  });
});

describe('SequenceExample codec', () => {
  test('round-trips bytes, float and int64 features, including negative int64', () => {
    const example = {
      context: new Map([
        ['id', { kind: 'bytes' as const, value: [Uint8Array.from([1, 2, 3])] }],
        ['labels', { kind: 'int64' as const, value: [0n, 5n, -1n, 2n ** 40n] }],
        ['score', { kind: 'float' as const, value: [0.5, -2] }],
      ]),
      featureLists: new Map([['rgb', [{ kind: 'bytes' as const, value: [Uint8Array.from([9])] }]]]),
    };
    expect(decodeSequenceExample(encodeSequenceExample(example))).toEqual(example);
  });
  test('reads unpacked int64 labels, as older writers produce them', () => {
    // context { feature { key: "labels" value { int64_list { value: 3 value: 7 } } } }, unpacked
    const w = new ProtoWriter().message(1, (ctx) =>
      ctx.message(1, (entry) =>
        entry.string(1, 'labels').message(2, (f) => f.message(3, (list) => list.int(1, 3).int(1, 7))),
      ),
    );
    expect(decodeSequenceExample(w.finish()).context.get('labels')).toEqual({
      kind: 'int64',
      value: [3n, 7n],
    });
  });
});

describe('YouTube-8M frame-level records', () => {
  test('an absent feature list is an empty sequence, as in TensorFlow', () => {
    const bytes = encodeSequenceExample({
      context: new Map([['id', { kind: 'bytes', value: [new TextEncoder().encode('abcd')] }]]),
      featureLists: new Map(),
    });
    expect(decodeYt8mFrameRecord(bytes)).toEqual({
      id: 'abcd',
      labels: [],
      frames: 0,
      rgb: new Uint8Array(0),
      audio: new Uint8Array(0),
    });
  });
});

describe('YouTube-8M frame-level files', () => {
  const rng = new Rng(20260101);
  const records = Array.from({ length: 40 }, (_, i) => randomRecord(rng, i));
  let file: string;
  beforeAll(async () => {
    file = join(dir, 'train0000.tfrecord');
    await writeYt8mFrameFile(file, records);
  });

  test('write then read gives back exactly the records written', async () => {
    const read = await collect(readYt8mFrameFile(file, { chunkBytes: 4096 }));
    expect(read.map(({ index: _index, ...r }) => r)).toEqual(records);
    expect(read.map((r) => r.index)).toEqual(records.map((_, i) => i));
  });

  test('a record is framed as length, masked CRC of the length, data, masked CRC of the data', async () => {
    const bytes = new Uint8Array(await readFile(file));
    const first = encodeYt8mFrameRecord(records[0]!);
    expect(bytes.subarray(0, 16 + first.length)).toEqual(frameTfRecord(first));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getBigUint64(0, true)).toBe(BigInt(first.length));
  });

  test('the independent tfrecord package reads the same SequenceExamples', async () => {
    const reader = await tfrecord.RecordReader.create(file);
    const seen: Array<{ id: string; labels: number[]; rgb: Uint8Array; audio: Uint8Array }> = [];
    for (let data = await reader.readRecord(); data !== null; data = await reader.readRecord()) {
      const ex = tfrecord.protos.SequenceExample.decode(data);
      const ctx = ex.context!.feature!;
      const lists = ex.featureLists!.featureList!;
      const cat = (name: string) =>
        Uint8Array.from(lists[name]!.feature!.flatMap((f) => [...f.bytesList!.value![0]!]));
      seen.push({
        id: new TextDecoder().decode(ctx['id']!.bytesList!.value![0]),
        labels: (ctx['labels']!.int64List!.value ?? []).map(Number),
        rgb: cat('rgb'),
        audio: cat('audio'),
      });
    }
    await reader.close();
    expect(seen).toEqual(records.map(({ id, labels, rgb, audio }) => ({ id, labels, rgb, audio })));
  });

  test('a file written by the tfrecord package reads back through ours', async () => {
    const other = join(dir, 'theirs.tfrecord');
    const writer = await tfrecord.RecordWriter.create(other);
    for (const r of records.slice(0, 5)) await writer.writeRecord(Buffer.from(encodeYt8mFrameRecord(r)));
    await writer.close();
    const read = await collect(readYt8mFrameFile(other));
    expect(read.map((r) => r.id)).toEqual(records.slice(0, 5).map((r) => r.id));
  });

  test('dequantised features follow x = q·4/255 + 4/512 − 2', async () => {
    const [first] = await collect(readYt8mFrameFile(file));
    const x = dequantizeYt8m(first!.rgb);
    first!.rgb.forEach((q, i) => expect(x[i]).toBeCloseTo(q * (4 / 255) + 4 / 512 - 2, 6));
    expect(dequantizeYt8m(Uint8Array.from([0, 255]))).toEqual(Float32Array.from([-2 + 4 / 512, 2 + 4 / 512]));
  });

  test('streams a file whose records span many small read chunks', async () => {
    let bytes = 0;
    const read = await collect(readTfRecords(file, { chunkBytes: 7, onBytes: (b) => (bytes = b) }));
    expect(read).toHaveLength(records.length);
    expect(bytes).toBe((await readFile(file)).length);
  });
});

describe('bad input', () => {
  const rng = new Rng(7);
  const records = Array.from({ length: 3 }, (_, i) => randomRecord(rng, i));
  const framed = records.map((r) => frameTfRecord(encodeYt8mFrameRecord(r)));
  const whole = new Uint8Array(Buffer.concat(framed));
  const secondAt = framed[0]!.length;

  async function readCorrupted(name: string, mutate: (bytes: Uint8Array) => Uint8Array): Promise<unknown> {
    const path = join(dir, name);
    await writeFile(path, mutate(new Uint8Array(whole)));
    try {
      await collect(readYt8mFrameFile(path));
    } catch (error) {
      return error;
    }
    throw new Error('expected the read to fail');
  }

  test('a flipped data byte fails the data CRC, naming the file, record and offset', async () => {
    const error = await readCorrupted('flipped-data.tfrecord', (b) => {
      b[secondAt + 100]! ^= 0x01;
      return b;
    });
    expect(error).toBeInstanceOf(TfRecordError);
    expect((error as TfRecordError).message).toMatch(
      new RegExp(
        `flipped-data\\.tfrecord: record 1 \\(byte offset ${secondAt}\\): data CRC32C mismatch \\(stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\\)$`,
      ),
    );
    expect(error).toMatchObject({ record: 1, offset: secondAt });
  });

  test('a flipped length byte fails the length CRC', async () => {
    const error = await readCorrupted('flipped-length.tfrecord', (b) => {
      b[secondAt]! ^= 0x80;
      return b;
    });
    expect((error as Error).message).toContain(
      `flipped-length.tfrecord: record 1 (byte offset ${secondAt}): length CRC32C mismatch`,
    );
  });

  test('a flipped CRC byte fails too', async () => {
    const error = await readCorrupted('flipped-crc.tfrecord', (b) => {
      b[secondAt - 1]! ^= 0x10;
      return b;
    });
    expect((error as Error).message).toContain('record 0 (byte offset 0): data CRC32C mismatch');
  });

  test('a truncated file names the record it ends in', async () => {
    const error = await readCorrupted('truncated.tfrecord', (b) => b.subarray(0, secondAt + 50));
    expect((error as Error).message).toMatch(
      /truncated\.tfrecord: record 1 \(byte offset \d+\): truncated data/,
    );
  });

  test('a record that is not a frame-level SequenceExample is reported with its index', async () => {
    const path = join(dir, 'not-yt8m.tfrecord');
    const wrongDim = encodeSequenceExample({
      context: new Map([['id', { kind: 'bytes', value: [Uint8Array.from([65])] }]]),
      featureLists: new Map([
        ['rgb', [{ kind: 'bytes', value: [new Uint8Array(1000)] }]],
        ['audio', [{ kind: 'bytes', value: [new Uint8Array(128)] }]],
      ]),
    });
    await writeFile(path, Buffer.concat([framed[0]!, frameTfRecord(wrongDim)]));
    await expect(collect(readYt8mFrameFile(path))).rejects.toThrow(
      `not-yt8m.tfrecord: record 1 (byte offset ${secondAt}): rgb frame 0: expected 1024 bytes, got 1000`,
    );
    expect(() => decodeYt8mFrameRecord(Uint8Array.from([0xff]))).toThrow(Yt8mRecordError);
  });

  test('a missing file rejects with the file system error', async () => {
    await expect(collect(readTfRecords(join(dir, 'missing.tfrecord')))).rejects.toThrow(/ENOENT/);
  });

  test('the writer refuses a record whose bytes do not match frames × dim', () => {
    expect(() => encodeYt8mFrameRecord({ ...records[0]!, rgb: new Uint8Array(5) })).toThrow(
      /record\.rgb: expected frames×1024 = \d+ bytes, got 5/,
    );
  });
});
