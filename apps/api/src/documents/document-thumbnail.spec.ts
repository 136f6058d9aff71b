import { Readable } from 'node:stream';
import { exifSignature, pngWithLocation } from '@greenchain/testing';
import sharp from 'sharp';
import { thumbnailEdge, thumbnailOf } from './document-thumbnail';

/** The bytes as storage gives them: in pieces. */
const pieces = (bytes: Buffer) => Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]);

describe('thumbnailOf', () => {
  it('shrinks a photograph to a WebP within the edge, keeping its proportions and no metadata', async () => {
    const thumbnail = await thumbnailOf(pieces(pngWithLocation(640, 320, [30, 120, 60])));
    const { format, width, height, exif } = await sharp(thumbnail).metadata();
    expect({ format, width, height, exif }).toEqual({
      format: 'webp',
      width: thumbnailEdge,
      height: thumbnailEdge / 2,
      exif: undefined,
    });
    expect(thumbnail.includes(exifSignature)).toBe(false);
  });

  it('never enlarges a picture smaller than a thumbnail', async () => {
    const thumbnail = await thumbnailOf(pieces(pngWithLocation(48, 32, [30, 120, 60])));
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 48, height: 32 });
  });

  it('rejects bytes that are not a picture', async () => {
    await expect(thumbnailOf(pieces(Buffer.alloc(4_000, 7)))).rejects.toThrow();
  });
});
