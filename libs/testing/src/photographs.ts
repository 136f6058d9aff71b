import { crc32, deflateSync } from 'node:zlib';

/**
 * Small photographs built byte by byte for the tests of attached files: a JPEG and a PNG that
 * carry where they were taken (an EXIF GPS block, as phone cameras write it), so a test can check
 * that the location is kept in the original and removed from what others download.
 */

/** Nairobi, as degrees/minutes/seconds rationals, the way EXIF stores a latitude and longitude. */
export const photographLocation = { latitude: [1, 17, 31], longitude: [36, 49, 19] } as const;

/** A big-endian TIFF block with IFD0 pointing at a GPS IFD holding a latitude and longitude. */
function gpsTiff(): Buffer {
  const tiff = Buffer.alloc(8 + (2 + 12 + 4) + (2 + 4 * 12 + 4) + 2 * 24);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  const gpsIfd = 8 + 18;
  // IFD0: one entry, GPSInfo (0x8825, LONG) -> the GPS IFD.
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8825, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(gpsIfd, 18);
  tiff.writeUInt32BE(0, 22);
  const rationals = gpsIfd + 2 + 4 * 12 + 4;
  const entries: [number, number, number, number][] = [
    [0x0001, 2, 2, 0x53000000], // GPSLatitudeRef 'S'
    [0x0002, 5, 3, rationals], // GPSLatitude
    [0x0003, 2, 2, 0x45000000], // GPSLongitudeRef 'E'
    [0x0004, 5, 3, rationals + 24], // GPSLongitude
  ];
  tiff.writeUInt16BE(entries.length, gpsIfd);
  entries.forEach(([tag, type, count, value], index) => {
    const at = gpsIfd + 2 + index * 12;
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  });
  [...photographLocation.latitude, ...photographLocation.longitude].forEach((value, index) => {
    tiff.writeUInt32BE(value, rationals + index * 8);
    tiff.writeUInt32BE(1, rationals + index * 8 + 4);
  });
  return tiff;
}

/** The APP1 payload of a JPEG: the EXIF header, then the TIFF block. */
function exifWithGps(): Buffer {
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), gpsTiff()]);
}

function segment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/**
 * A JPEG's framing around `pixels` (any bytes: the tests compare, they never decode): SOI, JFIF,
 * EXIF with GPS, a comment, a quantisation table, SOS, the data, EOI. `pixels` makes each one
 * distinct, so content addressing sees different files.
 */
export function jpegWithLocation(pixels: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, exifWithGps()),
    segment(0xfe, Buffer.from('taken at the container yard', 'latin1')),
    segment(0xdb, Buffer.alloc(65, 1)),
    segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    pixels,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** The bytes an EXIF block starts with: present in the original, absent once stripped. */
export const exifSignature = Buffer.from('Exif\0\0', 'latin1');

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A PNG a browser decodes and shows (unlike the JPEG framing above): `width` × `height` pixels of
 * one colour, with an eXIf chunk holding the GPS block. The colour makes each one distinct.
 */
export function pngWithLocation(
  width: number,
  height: number,
  colour: readonly [number, number, number],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // 8 bits a sample
  header.writeUInt8(2, 9); // truecolour, no alpha
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(width).fill(colour).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('eXIf', gpsTiff()),
    pngChunk('IDAT', deflateSync(Buffer.concat(Array<Buffer>(height).fill(row)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
