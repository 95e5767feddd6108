import { MentorKitError } from '@mentorkit/core';
import type { PhotoType } from '../repositories/photo-repository.js';

/**
 * Removes metadata from an uploaded photo without re-encoding it: EXIF (camera, GPS position, time),
 * XMP, comments and text chunks. What a browser needs to draw the image stays (colour profiles,
 * Adobe colour transform). Files whose structure cannot be walked are refused rather than stored as is.
 * @throws MentorKitError UNSUPPORTED_MEDIA_TYPE when the file's structure is broken
 */
export function stripImageMetadata(bytes: Buffer, type: PhotoType): Buffer {
  const stripped = type === 'image/jpeg' ? stripJpeg(bytes) : type === 'image/png' ? stripPng(bytes) : stripWebp(bytes);
  if (!stripped)
    throw new MentorKitError('UNSUPPORTED_MEDIA_TYPE', `The ${type.slice(6).toUpperCase()} file is damaged; export it again and retry`);
  return stripped;
}

/** JPEG markers kept before the image data: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe). APP1 (EXIF/XMP), other APPn and COM go. */
const KEPT_APP_MARKERS = new Set([0xe0, 0xe2, 0xee]);

function stripJpeg(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    const segment = bytes.subarray(at, at + 2 + length);
    if (marker === 0xda) {
      // Start of scan: the compressed image follows; everything from here on is kept verbatim.
      parts.push(bytes.subarray(at));
      return Buffer.concat(parts);
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if (!(isApp && !KEPT_APP_MARKERS.has(marker)) && marker !== 0xfe) parts.push(segment);
    at += 2 + length;
  }
  return null;
}

/** PNG chunks that carry text or capture details. */
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    if (!PNG_METADATA.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return null;
}

const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function stripWebp(bytes: Buffer): Buffer | null {
  if (bytes.length < 12) return null;
  const parts: Buffer[] = [];
  let at = 12;
  const end = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  while (at + 8 <= end) {
    const type = bytes.toString('latin1', at, at + 4);
    const length = bytes.readUInt32LE(at + 4);
    const next = at + 8 + length + (length % 2); // chunks are padded to an even size
    if (at + 8 + length > end) return null;
    if (type === 'VP8X') {
      const chunk = Buffer.from(bytes.subarray(at, Math.min(next, end)));
      chunk[8] = chunk[8]! & ~(VP8X_EXIF | VP8X_XMP);
      parts.push(chunk);
    } else if (type !== 'EXIF' && type !== 'XMP ') parts.push(bytes.subarray(at, Math.min(next, end)));
    at = next;
  }
  if (parts.length === 0) return null;
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}
