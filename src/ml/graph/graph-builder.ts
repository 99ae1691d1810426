import { encodeModel, OnnxType } from '../onnx/model-proto.js';
import type { AttrValue, NodeSpec, OnnxElemType, TensorInit, ValueInfo } from '../onnx/model-proto.js';

export type FloatDType = 'float32' | 'float64';

/** A named tensor in the graph. `requiresGrad` marks values on the path from a trainable input. */
export interface Value {
  readonly name: string;
  readonly requiresGrad: boolean;
}

/** Reverse-mode rule: given dL/d(output), return dL/d(input) for each input (null where not needed). */
export type BackwardRule = (gradOut: Value) => (Value | null)[];

interface TapeEntry {
  output: Value;
  inputs: Value[];
  backward: BackwardRule;
}

export type Attrs = Record<string, AttrValue>;

export const attr = {
  int: (value: number): AttrValue => ({ kind: 'int', value }),
  float: (value: number): AttrValue => ({ kind: 'float', value }),
  ints: (value: number[]): AttrValue => ({ kind: 'ints', value }),
  string: (value: string): AttrValue => ({ kind: 'string', value }),
  tensor: (value: TensorInit): AttrValue => ({ kind: 'tensor', value }),
};

export function toRaw(
  data: Float32Array | Float64Array | BigInt64Array | Int32Array | Uint8Array,
): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Builds an ONNX graph and, alongside it, a tape of the differentiable ops,
 * so that `gradients()` can append the reverse-mode graph (Griewank & Walther,
 * "Evaluating Derivatives", ch. 3) to the same ONNX model. The same builder,
 * with dtype 'float64', yields the graphs used for finite-difference checks.
 */
export class GraphBuilder {
  readonly nodes: NodeSpec[] = [];
  readonly initializers: TensorInit[] = [];
  readonly inputs: ValueInfo[] = [];
  readonly outputs: ValueInfo[] = [];
  readonly elemType: OnnxElemType;
  private readonly tape: TapeEntry[] = [];
  private counter = 0;
  private readonly constCache = new Map<string, Value>();

  constructor(
    readonly dtype: FloatDType,
    readonly name = 'graph',
  ) {
    this.elemType = dtype === 'float32' ? OnnxType.float : OnnxType.double;
  }

  fresh(prefix: string): string {
    return `${prefix}_${this.counter++}`;
  }

  /** Emits a raw (non-differentiable) node and returns its outputs as values. */
  opN(op: string, inputs: (Value | string)[], nOutputs: number, attrs?: Attrs, domain?: string): Value[] {
    const outs = Array.from({ length: nOutputs }, () => this.fresh(op.toLowerCase()));
    this.nodes.push({
      op,
      inputs: inputs.map((v) => (typeof v === 'string' ? v : v.name)),
      outputs: outs,
      name: this.fresh(`n_${op}`),
      attrs,
      domain,
    });
    return outs.map((name) => ({ name, requiresGrad: false }));
  }

  op(op: string, inputs: (Value | string)[], attrs?: Attrs): Value {
    return this.opN(op, inputs, 1, attrs)[0]!;
  }

  /**
   * Emits a differentiable node. The output requires grad when any input does;
   * only then is the backward rule kept on the tape.
   */
  diff(op: string, inputs: Value[], backward: BackwardRule, attrs?: Attrs): Value {
    const raw = this.op(op, inputs, attrs);
    return this.track(raw, inputs, backward);
  }

  /** Marks an already-emitted value as the differentiable result of `inputs`. */
  track(raw: Value, inputs: Value[], backward: BackwardRule): Value {
    const requiresGrad = inputs.some((v) => v.requiresGrad);
    const out: Value = { name: raw.name, requiresGrad };
    if (requiresGrad) this.tape.push({ output: out, inputs, backward });
    return out;
  }

  input(
    name: string,
    dims: (number | string)[],
    opts: { elemType?: OnnxElemType; requiresGrad?: boolean } = {},
  ): Value {
    this.inputs.push({ name, dims, elemType: opts.elemType ?? this.elemType });
    return { name, requiresGrad: opts.requiresGrad ?? false };
  }

  /** A float tensor in the graph's dtype, stored as an initializer. */
  initializer(name: string, data: ArrayLike<number>, dims: number[]): Value {
    const typed = this.dtype === 'float32' ? Float32Array.from(data) : Float64Array.from(data);
    this.initializers.push({ name, elemType: this.elemType, dims, raw: toRaw(typed) });
    return { name, requiresGrad: false };
  }

  /** Scalar or small float constant, deduplicated. */
  constant(values: number[], dims: number[] = []): Value {
    const key = `f:${dims.join(',')}:${values.join(',')}`;
    const hit = this.constCache.get(key);
    if (hit) return hit;
    const v = this.initializer(this.fresh('const'), values, dims);
    this.constCache.set(key, v);
    return v;
  }

  int64(values: number[], dims: number[] = [values.length]): Value {
    const key = `i:${dims.join(',')}:${values.join(',')}`;
    const hit = this.constCache.get(key);
    if (hit) return hit;
    const name = this.fresh('int64');
    this.initializers.push({
      name,
      elemType: OnnxType.int64,
      dims,
      raw: toRaw(BigInt64Array.from(values.map(BigInt))),
    });
    const v = { name, requiresGrad: false };
    this.constCache.set(key, v);
    return v;
  }

  /** A zero tensor of value `like`'s shape (ConstantOfShape with a typed zero). */
  zerosLike(like: Value): Value {
    const zero: TensorInit = {
      name: 'zero',
      elemType: this.elemType,
      dims: [1],
      raw: toRaw(this.dtype === 'float32' ? new Float32Array(1) : new Float64Array(1)),
    };
    return this.op('ConstantOfShape', [this.op('Shape', [like])], { value: attr.tensor(zero) });
  }

  output(v: Value, name: string, dims: (number | string)[], elemType?: OnnxElemType): void {
    if (v.name !== name)
      this.nodes.push({ op: 'Identity', inputs: [v.name], outputs: [name], name: this.fresh('n_out') });
    this.outputs.push({ name, dims, elemType: elemType ?? this.elemType });
  }

  /**
   * Appends the reverse sweep for d(loss)/d(wrt). `loss` must be a scalar.
   * Gradients reaching a value along several paths are summed.
   */
  gradients(loss: Value, wrt: Value[]): Map<string, Value | null> {
    if (!loss.requiresGrad)
      throw new RangeError(`gradients: loss '${loss.name}' does not depend on any trainable input`);
    const grads = new Map<string, Value>();
    grads.set(loss.name, this.constant([1]));
    for (let i = this.tape.length - 1; i >= 0; i--) {
      const entry = this.tape[i]!;
      const g = grads.get(entry.output.name);
      if (!g) continue;
      const inGrads = entry.backward(g);
      entry.inputs.forEach((input, k) => {
        const ig = inGrads[k];
        if (!input.requiresGrad || !ig) return;
        const prev = grads.get(input.name);
        grads.set(input.name, prev ? this.op('Add', [prev, ig]) : ig);
      });
    }
    return new Map(wrt.map((w) => [w.name, grads.get(w.name) ?? null]));
  }

  toModel(docString?: string): Uint8Array {
    return encodeModel(
      {
        name: this.name,
        nodes: this.nodes,
        initializers: this.initializers,
        inputs: this.inputs,
        outputs: this.outputs,
      },
      { docString },
    );
  }
}
