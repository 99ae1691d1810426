import {
  decodeSequenceExample,
  encodeSequenceExample,
  type Feature,
  type SequenceExample,
} from './sequence-example.js';

const UTF8 = new TextDecoder();

/** Per-second feature sizes of YouTube-8M's frame-level files (Inception-PCA rgb, VGGish audio). */
export const YT8M_RGB_DIM = 1024;
export const YT8M_AUDIO_DIM = 128;

/**
 * One video of a YouTube-8M frame-level file: the context's `id` and `labels`, and the `rgb` and
 * `audio` feature lists, each frame a bytes_list of quantised uint8 values, concatenated here
 * row-major (frames × dim). Dequantise with dequantizeYt8m (min −2, max 2).
 */
export interface Yt8mFrameRecord {
  id: string;
  labels: number[];
  frames: number;
  rgb: Uint8Array;
  audio: Uint8Array;
}

/** Thrown for a SequenceExample that parses but is not a YouTube-8M frame-level record. */
export class Yt8mRecordError extends Error {
  override readonly name = 'Yt8mRecordError';
}

function frameBytes(frames: Feature[] | undefined, name: string, dim: number): Uint8Array[] {
  // As in TensorFlow's parse_single_sequence_example, an absent feature list is an empty sequence.
  if (!frames) return [];
  return frames.map((f, i) => {
    if (f.kind !== 'bytes' || f.value.length !== 1)
      throw new Yt8mRecordError(
        `${name} frame ${i}: expected one bytes_list value, got ${f.kind}×${f.value.length}`,
      );
    const bytes = f.value[0]!;
    if (bytes.length !== dim)
      throw new Yt8mRecordError(`${name} frame ${i}: expected ${dim} bytes, got ${bytes.length}`);
    return bytes;
  });
}

function concat(parts: Uint8Array[], dim: number): Uint8Array {
  const out = new Uint8Array(parts.length * dim);
  parts.forEach((p, i) => out.set(p, i * dim));
  return out;
}

/** Reads a frame-level record out of a serialised tf.train.SequenceExample. */
export function decodeYt8mFrameRecord(buf: Uint8Array): Yt8mFrameRecord {
  let example: SequenceExample;
  try {
    example = decodeSequenceExample(buf);
  } catch (error) {
    throw new Yt8mRecordError(`not a SequenceExample: ${(error as Error).message}`);
  }
  const id = example.context.get('id');
  if (!id || id.kind !== 'bytes' || id.value.length !== 1)
    throw new Yt8mRecordError("context feature 'id' must be a bytes_list with one value");
  const labels = example.context.get('labels');
  if (labels && labels.kind !== 'int64')
    throw new Yt8mRecordError("context feature 'labels' must be an int64_list");
  const rgb = frameBytes(example.featureLists.get('rgb'), 'rgb', YT8M_RGB_DIM);
  const audio = frameBytes(example.featureLists.get('audio'), 'audio', YT8M_AUDIO_DIM);
  if (rgb.length !== audio.length)
    throw new Yt8mRecordError(`rgb has ${rgb.length} frames but audio has ${audio.length}`);
  return {
    id: UTF8.decode(id.value[0]),
    labels: labels ? labels.value.map(Number) : [],
    frames: rgb.length,
    rgb: concat(rgb, YT8M_RGB_DIM),
    audio: concat(audio, YT8M_AUDIO_DIM),
  };
}

function split(data: Uint8Array, frames: number, dim: number, name: string): Feature[] {
  if (data.length !== frames * dim)
    throw new RangeError(
      `record.${name}: expected frames×${dim} = ${frames * dim} bytes, got ${data.length}`,
    );
  return Array.from({ length: frames }, (_, i) => ({
    kind: 'bytes' as const,
    value: [data.subarray(i * dim, (i + 1) * dim)],
  }));
}

/** Serialises a record the way YouTube-8M's frame-level files store it. */
export function encodeYt8mFrameRecord(record: Yt8mFrameRecord): Uint8Array {
  if (!Number.isInteger(record.frames) || record.frames < 0)
    throw new RangeError(`record.frames must be a non-negative integer, got ${record.frames}`);
  return encodeSequenceExample({
    context: new Map<string, Feature>([
      ['id', { kind: 'bytes', value: [new TextEncoder().encode(record.id)] }],
      ['labels', { kind: 'int64', value: record.labels.map((l) => BigInt(l)) }],
    ]),
    featureLists: new Map([
      ['rgb', split(record.rgb, record.frames, YT8M_RGB_DIM, 'rgb')],
      ['audio', split(record.audio, record.frames, YT8M_AUDIO_DIM, 'audio')],
    ]),
  });
}
