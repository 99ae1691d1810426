import { ProtoWriter } from './proto-writer.js';

/** ONNX TensorProto.DataType values used here (onnx/onnx.proto3). */
export const OnnxType = { float: 1, uint8: 2, int32: 6, int64: 7, bool: 9, double: 11 } as const;
export type OnnxElemType = (typeof OnnxType)[keyof typeof OnnxType];

export type AttrValue =
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'ints'; value: number[] }
  | { kind: 'floats'; value: number[] }
  | { kind: 'string'; value: string }
  | { kind: 'tensor'; value: TensorInit };

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  name: string;
  domain?: string;
  attrs?: Record<string, AttrValue>;
}

export interface TensorInit {
  name: string;
  elemType: OnnxElemType;
  dims: number[];
  /** Little-endian raw bytes, as TensorProto.raw_data. */
  raw: Uint8Array;
}

export interface ValueInfo {
  name: string;
  elemType: OnnxElemType;
  /** A number is a fixed dimension; a string is a symbolic one (dim_param). */
  dims: (number | string)[];
}

export interface GraphSpec {
  name: string;
  nodes: NodeSpec[];
  initializers: TensorInit[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

function writeTensor(w: ProtoWriter, t: TensorInit): void {
  if (t.dims.length > 0) w.packedInts(1, t.dims);
  w.int(2, t.elemType);
  w.string(8, t.name);
  w.bytes(9, t.raw);
}

function writeAttr(w: ProtoWriter, name: string, a: AttrValue): void {
  // AttributeProto: name=1, f=2, i=3, s=4, t=5, floats=7, ints=8, type=20.
  w.string(1, name);
  switch (a.kind) {
    case 'float':
      w.float(2, a.value).int(20, 1);
      break;
    case 'int':
      w.int(3, a.value).int(20, 2);
      break;
    case 'string':
      w.string(4, a.value).int(20, 3);
      break;
    case 'tensor':
      w.message(5, (t) => writeTensor(t, a.value)).int(20, 4);
      break;
    case 'floats':
      w.packedFloats(7, a.value).int(20, 6);
      break;
    case 'ints':
      w.packedInts(8, a.value).int(20, 7);
      break;
  }
}

function writeValueInfo(w: ProtoWriter, v: ValueInfo): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, v.elemType);
      tensor.message(2, (shape) => {
        for (const d of v.dims) {
          shape.message(1, (dim) => (typeof d === 'number' ? dim.int(1, d) : dim.string(2, d)));
        }
      });
    }),
  );
}

/** Serialises a ModelProto (ir_version 8, default-domain opset 17 + com.microsoft 1). */
export function encodeModel(
  graph: GraphSpec,
  opts: { producer?: string; docString?: string } = {},
): Uint8Array {
  const w = new ProtoWriter();
  w.int(1, 8); // ir_version
  w.string(2, opts.producer ?? 'vmr-ml');
  if (opts.docString) w.string(6, opts.docString);
  w.message(7, (g) => {
    for (const n of graph.nodes) {
      g.message(1, (nw) => {
        for (const i of n.inputs) nw.string(1, i);
        for (const o of n.outputs) nw.string(2, o);
        nw.string(3, n.name);
        nw.string(4, n.op);
        for (const [k, a] of Object.entries(n.attrs ?? {})) nw.message(5, (aw) => writeAttr(aw, k, a));
        if (n.domain) nw.string(7, n.domain);
      });
    }
    g.string(2, graph.name);
    for (const t of graph.initializers) g.message(5, (tw) => writeTensor(tw, t));
    for (const v of graph.inputs) g.message(11, (vw) => writeValueInfo(vw, v));
    for (const v of graph.outputs) g.message(12, (vw) => writeValueInfo(vw, v));
  });
  w.message(8, (o) => o.string(1, '').int(2, 17));
  return w.finish();
}
