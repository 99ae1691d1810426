/**
 * Minimal protobuf wire-format reader (https://protobuf.dev/programming-guides/encoding/):
 * varints, fixed32/64 and length-delimited fields, which is all tf.train.Example needs.
 * Length-delimited values are views into the input, not copies.
 */
export class ProtoReader {
  pos: number;
  private readonly end: number;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    end = buf.length,
  ) {
    this.pos = start;
    this.end = end;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Field number and wire type of the next field. */
  tag(): { field: number; wireType: number } {
    const key = this.varint();
    return { field: Number(key >> 3n), wireType: Number(key & 7n) };
  }

  varint(): bigint {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.pos >= this.end) throw new RangeError('protobuf: truncated varint');
      const b = this.buf[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return BigInt.asUintN(64, result);
    }
    throw new RangeError('protobuf: varint longer than 10 bytes');
  }

  /** A varint known to be a small non-negative number (lengths, tags). */
  uint32(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.pos >= this.end) throw new RangeError('protobuf: truncated varint');
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        if (result > 0xffffffff) throw new RangeError(`protobuf: length ${result} out of range`);
        return result;
      }
    }
    throw new RangeError('protobuf: length varint longer than 5 bytes');
  }

  bytes(): Uint8Array {
    const n = this.uint32();
    if (this.pos + n > this.end) throw new RangeError(`protobuf: field of ${n} bytes runs past its message`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  fixed32Float(): number {
    if (this.pos + 4 > this.end) throw new RangeError('protobuf: truncated fixed32');
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getFloat32(0, true);
    this.pos += 4;
    return v;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.advance(8);
        return;
      case 2:
        this.bytes();
        return;
      case 5:
        this.advance(4);
        return;
      default:
        throw new RangeError(`protobuf: unsupported wire type ${wireType}`);
    }
  }

  private advance(n: number): void {
    if (this.pos + n > this.end) throw new RangeError('protobuf: truncated field');
    this.pos += n;
  }
}
