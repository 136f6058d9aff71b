import { Transform, type TransformCallback } from 'node:stream';

/**
 * Removing the metadata that may tell where a photograph was taken (EXIF with its GPS block, XMP,
 * IPTC, comments) while passing the picture through untouched, byte for byte, as it streams: no
 * re-encoding, and never more than one metadata segment (at most 64 KiB) held in memory.
 */

/** JPEG segments that carry metadata: APP1 (EXIF, XMP), APP13 (IPTC, Photoshop), COM. */
const jpegMetadataMarkers = new Set([0xe1, 0xed, 0xfe]);
/** Markers that stand alone, without a length. */
const standalone = (marker: number) =>
  marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

class JpegLocationStripper extends Transform {
  private pending = Buffer.alloc(0);
  private scanning = true;

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    if (!this.scanning) {
      done(null, chunk);
      return;
    }
    this.pending = Buffer.concat([this.pending, chunk]);
    try {
      this.scan();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    done(this.scanning && this.pending.length > 0 ? new Error('truncated JPEG header') : null);
  }

  /** Walks the segments before the image data (SOS), dropping the metadata ones. */
  private scan(): void {
    let at = 0;
    const buffer = this.pending;
    while (at + 2 <= buffer.length) {
      if (buffer[at] !== 0xff) throw new Error('not a JPEG segment');
      const marker = buffer[at + 1] ?? 0;
      if (marker === 0xff) {
        at += 1; // a fill byte before a marker
        continue;
      }
      if (standalone(marker)) {
        this.push(buffer.subarray(at, at + 2));
        at += 2;
        continue;
      }
      if (marker === 0xda) {
        this.push(buffer.subarray(at));
        this.scanning = false;
        this.pending = Buffer.alloc(0);
        return;
      }
      if (at + 4 > buffer.length) break;
      const end = at + 2 + buffer.readUInt16BE(at + 2);
      if (end > buffer.length) break;
      if (!jpegMetadataMarkers.has(marker)) this.push(buffer.subarray(at, end));
      at = end;
    }
    this.pending = buffer.subarray(at);
  }
}

/** PNG chunks that carry metadata: EXIF, and text chunks (XMP travels in iTXt). */
const pngMetadataChunks = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);
const pngSignatureBytes = 8;
/** Length, type and CRC around a chunk's data. */
const pngHeaderBytes = 8;
const pngCrcBytes = 4;

class PngLocationStripper extends Transform {
  private pending = Buffer.alloc(0);
  private signatureSeen = false;
  /** Bytes of the current chunk still to pass (keep) or drop. */
  private remaining = 0;
  private keep = true;

  override _transform(chunk: Buffer, _: BufferEncoding, done: TransformCallback): void {
    let buffer = Buffer.concat([this.pending, chunk]);
    while (buffer.length > 0) {
      if (this.remaining > 0) {
        const part = buffer.subarray(0, this.remaining);
        if (this.keep) this.push(part);
        this.remaining -= part.length;
        buffer = buffer.subarray(part.length);
      } else if (!this.signatureSeen) {
        if (buffer.length < pngSignatureBytes) break;
        this.push(buffer.subarray(0, pngSignatureBytes));
        this.signatureSeen = true;
        buffer = buffer.subarray(pngSignatureBytes);
      } else {
        if (buffer.length < pngHeaderBytes) break;
        const length = buffer.readUInt32BE(0);
        const type = buffer.toString('latin1', 4, 8);
        this.keep = !pngMetadataChunks.has(type);
        this.remaining = pngHeaderBytes + length + pngCrcBytes;
      }
    }
    this.pending = buffer;
    done();
  }

  override _flush(done: TransformCallback): void {
    done(this.pending.length > 0 || this.remaining > 0 ? new Error('truncated PNG') : null);
  }
}

/** The types whose location metadata this removes. */
export const locationStrippableTypes: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);

/** A stream removing location metadata from a photograph of `type`, or undefined for other types. */
export function locationStripper(type: string): Transform | undefined {
  if (type === 'image/jpeg') return new JpegLocationStripper();
  if (type === 'image/png') return new PngLocationStripper();
  return undefined;
}
