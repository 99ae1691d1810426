import { ProtoWriter } from '../../onnx/proto-writer.js';
import { ProtoReader } from './proto-reader.js';

const UTF8 = new TextDecoder();

/*
 * tf.train.SequenceExample (tensorflow/core/example/example.proto, feature.proto):
 *   SequenceExample { Features context = 1; FeatureLists feature_lists = 2; }
 *   Features        { map<string, Feature> feature = 1; }          map entry: key = 1, value = 2
 *   FeatureLists    { map<string, FeatureList> feature_list = 1; }
 *   FeatureList     { repeated Feature feature = 1; }
 *   Feature         { oneof kind { BytesList bytes_list = 1; FloatList float_list = 2; Int64List int64_list = 3; } }
 *   BytesList { repeated bytes value = 1; }  FloatList { repeated float value = 1 [packed]; }
 *   Int64List { repeated int64 value = 1 [packed]; }
 * Readers must accept packed and unpacked encodings of repeated scalars alike.
 */

export type Feature =
  | { kind: 'bytes'; value: Uint8Array[] }
  | { kind: 'float'; value: number[] }
  | { kind: 'int64'; value: bigint[] };

export interface SequenceExample {
  context: Map<string, Feature>;
  featureLists: Map<string, Feature[]>;
}

const WIRE_VARINT = 0;
const WIRE_FIXED32 = 5;
const WIRE_LEN = 2;

function decodeFeature(buf: Uint8Array): Feature {
  const r = new ProtoReader(buf);
  let feature: Feature = { kind: 'bytes', value: [] };
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (wireType !== WIRE_LEN || field < 1 || field > 3) {
      r.skip(wireType);
      continue;
    }
    const list = new ProtoReader(r.bytes());
    if (field === 1) {
      const value: Uint8Array[] = [];
      while (!list.done) {
        const t = list.tag();
        if (t.field === 1 && t.wireType === WIRE_LEN) value.push(list.bytes());
        else list.skip(t.wireType);
      }
      feature = { kind: 'bytes', value };
    } else if (field === 2) {
      const value: number[] = [];
      while (!list.done) {
        const t = list.tag();
        if (t.field === 1 && t.wireType === WIRE_LEN) {
          const packed = new ProtoReader(list.bytes());
          while (!packed.done) value.push(packed.fixed32Float());
        } else if (t.field === 1 && t.wireType === WIRE_FIXED32) value.push(list.fixed32Float());
        else list.skip(t.wireType);
      }
      feature = { kind: 'float', value };
    } else {
      const value: bigint[] = [];
      while (!list.done) {
        const t = list.tag();
        if (t.field === 1 && t.wireType === WIRE_LEN) {
          const packed = new ProtoReader(list.bytes());
          while (!packed.done) value.push(BigInt.asIntN(64, packed.varint()));
        } else if (t.field === 1 && t.wireType === WIRE_VARINT) value.push(BigInt.asIntN(64, list.varint()));
        else list.skip(t.wireType);
      }
      feature = { kind: 'int64', value };
    }
  }
  return feature;
}

/** Decodes a protobuf map<string, V> entry (key = 1, value = 2). */
function decodeMapEntry(buf: Uint8Array): { key: string; value: Uint8Array } {
  const r = new ProtoReader(buf);
  let key = '';
  let value: Uint8Array = new Uint8Array(0);
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_LEN) key = UTF8.decode(r.bytes());
    else if (field === 2 && wireType === WIRE_LEN) value = r.bytes();
    else r.skip(wireType);
  }
  return { key, value };
}

function decodeFeatureList(buf: Uint8Array): Feature[] {
  const r = new ProtoReader(buf);
  const out: Feature[] = [];
  while (!r.done) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === WIRE_LEN) out.push(decodeFeature(r.bytes()));
    else r.skip(wireType);
  }
  return out;
}

/** Parses a serialised SequenceExample. Byte values are views into `buf`. Throws RangeError if malformed. */
export function decodeSequenceExample(buf: Uint8Array): SequenceExample {
  const example: SequenceExample = { context: new Map(), featureLists: new Map() };
  const r = new ProtoReader(buf);
  while (!r.done) {
    const { field, wireType } = r.tag();
    if ((field !== 1 && field !== 2) || wireType !== WIRE_LEN) {
      r.skip(wireType);
      continue;
    }
    const inner = new ProtoReader(r.bytes());
    while (!inner.done) {
      const t = inner.tag();
      if (t.field !== 1 || t.wireType !== WIRE_LEN) {
        inner.skip(t.wireType);
        continue;
      }
      const { key, value } = decodeMapEntry(inner.bytes());
      // Protobuf map semantics: the last entry for a key wins.
      if (field === 1) example.context.set(key, decodeFeature(value));
      else example.featureLists.set(key, decodeFeatureList(value));
    }
  }
  return example;
}

function writeFeature(w: ProtoWriter, feature: Feature): void {
  switch (feature.kind) {
    case 'bytes':
      w.message(1, (list) => {
        for (const v of feature.value) list.bytes(1, v);
      });
      return;
    case 'float':
      w.message(2, (list) => list.packedFloats(1, feature.value));
      return;
    case 'int64':
      w.message(3, (list) => list.packedInts(1, feature.value));
      return;
  }
}

/** Serialises a SequenceExample; map entries are written in the Maps' insertion order. */
export function encodeSequenceExample(example: SequenceExample): Uint8Array {
  const w = new ProtoWriter();
  w.message(1, (features) => {
    for (const [key, feature] of example.context) {
      features.message(1, (entry) => entry.string(1, key).message(2, (f) => writeFeature(f, feature)));
    }
  });
  w.message(2, (lists) => {
    for (const [key, frames] of example.featureLists) {
      lists.message(1, (entry) =>
        entry.string(1, key).message(2, (list) => {
          for (const frame of frames) list.message(1, (f) => writeFeature(f, frame));
        }),
      );
    }
  });
  return w.finish();
}
