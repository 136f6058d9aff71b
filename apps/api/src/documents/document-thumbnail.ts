import { type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The picture types a thumbnail is made of: those whose location metadata can be removed. */
export const thumbnailSourceTypes: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);
export const thumbnailType = 'image/webp';
/** Fits a row of the documents list and a phone's screen at twice its pixel density. */
export const thumbnailEdge = 160;

/**
 * A small WebP of a picture, no larger than `thumbnailEdge` on either side and never enlarged.
 * sharp writes no metadata unless asked, so nothing of the source's EXIF, XMP or ICC survives; a
 * source that is not a picture sharp can decode rejects.
 */
export async function thumbnailOf(source: Readable): Promise<Buffer> {
  // Loaded at the first picture, with libvips: most processes never make a thumbnail (ADR 0014).
  const { default: sharp } = await import('sharp');
  const resizing = sharp({ failOn: 'error', limitInputPixels: 100_000_000 })
    .resize(thumbnailEdge, thumbnailEdge, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 });
  const [thumbnail] = await Promise.all([resizing.toBuffer(), pipeline(source, resizing)]);
  return thumbnail;
}
