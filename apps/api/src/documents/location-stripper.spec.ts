import { Readable } from 'node:stream';
import { exifSignature, jpegWithLocation } from '@greenchain/testing';
import { locationStripper } from './location-stripper';

async function through(type: string, bytes: Buffer, pieceSize: number): Promise<Buffer> {
  const stripper = locationStripper(type);
  if (!stripper) throw new Error(`no stripper for ${type}`);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += pieceSize) {
    pieces.push(bytes.subarray(at, at + pieceSize));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from(pieces).pipe(stripper)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A PNG with an eXIf chunk and an XMP text chunk between its header and image data. */
function pngWithLocation(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, data, Buffer.alloc(4, 7)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.alloc(13, 1)),
    chunk('eXIf', Buffer.from('MM\0*GPS', 'latin1')),
    chunk('iTXt', Buffer.from('XML:com.adobe.xmp\0<exif:GPSLatitude/>', 'latin1')),
    chunk('IDAT', Buffer.alloc(5000, 3)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('removing the location from photographs', () => {
  const pixels = Buffer.alloc(3000, 0x5a);
  const original = jpegWithLocation(pixels);

  it.each([1, 7, 64, 100_000])(
    'drops the EXIF block and comment of a JPEG and keeps its image data, in pieces of %i bytes',
    async (pieceSize) => {
      const stripped = await through('image/jpeg', original, pieceSize);
      expect(original.includes(exifSignature)).toBe(true);
      expect(stripped.includes(exifSignature)).toBe(false);
      expect(stripped.includes(Buffer.from('container yard'))).toBe(false);
      expect(stripped.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      expect(stripped.includes(Buffer.from('JFIF'))).toBe(true);
      const dataStart = original.indexOf(Buffer.from([0xff, 0xda]));
      expect(stripped.subarray(stripped.indexOf(Buffer.from([0xff, 0xda])))).toEqual(
        original.subarray(dataStart),
      );
    },
  );

  it.each([1, 13, 100_000])(
    'drops the eXIf and text chunks of a PNG and keeps the others, in pieces of %i bytes',
    async (pieceSize) => {
      const stripped = await through('image/png', pngWithLocation(), pieceSize);
      expect(stripped.includes(Buffer.from('eXIf'))).toBe(false);
      expect(stripped.includes(Buffer.from('GPSLatitude'))).toBe(false);
      for (const kept of ['IHDR', 'IDAT', 'IEND']) {
        expect(stripped.includes(Buffer.from(kept))).toBe(true);
      }
      expect(stripped.length).toBe(pngWithLocation().length - (8 + 7 + 4) - (8 + 37 + 4));
    },
  );

  it('refuses a file that is not the JPEG it claims to be', async () => {
    await expect(through('image/jpeg', Buffer.from('not a picture at all'), 4)).rejects.toThrow(
      'not a JPEG segment',
    );
  });

  it('has nothing to remove from types it does not know', () => {
    expect(locationStripper('application/pdf')).toBeUndefined();
  });
});
