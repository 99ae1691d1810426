import { crc32, deflateSync } from 'node:zlib';

/**
 * An rgb24 frame as an in-memory PNG (RFC 2083: signature, IHDR, one IDAT, IEND; filter 0 on
 * every row). @gutenye/ocr-node opens its input with sharp, which takes an encoded image in a
 * Buffer as readily as a path: this keeps frames off the disk without depending on sharp ourselves.
 */
export function rgbToPng(rgb: Uint8Array, width: number, height: number): Buffer {
  if (rgb.length !== width * height * 3)
    throw new RangeError(`rgbToPng: ${rgb.length} bytes is not ${width}x${height} rgb24`);
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1)
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method extras, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}
