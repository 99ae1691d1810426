import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes are sniffed: enough for every container file-type knows (MP4's ftyp, Matroska's EBML header). */
export const SNIFF_BYTES = 64 * 1024;

export interface SniffedType {
  mime: string;
  ext: string;
}

/**
 * The media type from the file's first bytes (file-type's magic numbers), never from its name or
 * the client's Content-Type: a renamed PDF stays a PDF. Only audio and video are media; an Ogg
 * or Matroska file may say either, and the decoder sorts out the streams.
 */
export async function sniffMedia(head: Uint8Array): Promise<SniffedType | null> {
  const type = await fileTypeFromBuffer(head);
  if (!type) return null;
  return /^(audio|video)\//.test(type.mime) || type.mime === 'application/ogg'
    ? { mime: type.mime, ext: type.ext }
    : null;
}

/** A readable description of a refused type, for the 415 message. */
export async function describeType(head: Uint8Array): Promise<string> {
  const type = await fileTypeFromBuffer(head);
  return type ? `${type.mime} (.${type.ext})` : 'an unrecognised type';
}
