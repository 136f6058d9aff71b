import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { type DocumentSummary } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type Response } from 'express';
import { type ReadableDocument } from './document-reader.service';
import { locationStripper } from './location-stripper';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage/document-storage';

function integrityFailed(summary: DocumentSummary, condition: string): ProblemException {
  return new ProblemException(
    409,
    'document/integrity-failed',
    `The stored bytes of document ${summary.documentId} are ${condition}: they no longer hash to ${summary.sha256}.`,
    'documentId',
    undefined,
    { documentId: summary.documentId, sha256: summary.sha256, condition },
  );
}

/** `attachment; filename*=UTF-8''…` (RFC 6266), with a plain fallback. */
function disposition(summary: DocumentSummary): string {
  const name = typeof summary.fileName === 'string' ? summary.fileName : summary.documentId;
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Sends a file's bytes as stored, streamed. Its hash is checked before the first byte goes (a
 * changed byte answers 409 naming the document) and again on the bytes actually sent (the stream
 * is cut if they differ). Photographs lose their location metadata for readers who may not see
 * where they were taken.
 */
@Injectable()
export class DocumentDownloads {
  constructor(@Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage) {}

  async send(document: ReadableDocument, response: Response): Promise<void> {
    const { summary } = document;
    await this.assertIntact(summary);
    const stripping = this.stripsLocation(document);
    response.setHeader('Content-Type', summary.detectedType);
    response.setHeader('Content-Disposition', disposition(summary));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    if (stripping) {
      response.setHeader('Location-Metadata', 'removed');
    } else {
      response.setHeader('Content-Length', String(summary.size));
      const digest = Buffer.from(summary.sha256, 'hex').toString('base64');
      response.setHeader('Repr-Digest', `sha-256=:${digest}:`);
    }
    try {
      await pipeline(this.bytes(document), response);
    } catch {
      // Headers are gone already: cutting the connection tells the client the body is incomplete.
      response.destroy();
    }
  }

  /** 409 naming the document unless its stored bytes still hash to the SHA-256 on record. */
  async assertIntact(summary: DocumentSummary): Promise<void> {
    const condition = await this.storage.condition(summary.sha256);
    if (condition !== 'intact') throw integrityFailed(summary, condition);
  }

  /**
   * Whether the reader gets the photograph without its location metadata; 403 for a picture
   * whose metadata cannot be removed, which only the case's own country downloads.
   */
  stripsLocation({ summary, view }: ReadableDocument): boolean {
    if (!view.stripLocation) return false;
    if (locationStripper(summary.detectedType)) return true;
    if (summary.detectedType.startsWith('image/')) {
      throw new ProblemException(
        403,
        'document/location-not-removable',
        `Location metadata cannot be removed from ${summary.detectedType}; only the case's own country downloads it.`,
        'documentId',
      );
    }
    return false;
  }

  /**
   * The bytes as this reader gets them, streamed from storage and hashed on the way (the stream
   * fails if they no longer match the record), without the location metadata when they must not
   * see it.
   */
  bytes(document: ReadableDocument): Readable {
    const source = Readable.from(this.checked(document.summary));
    const stripper = this.stripsLocation(document)
      ? locationStripper(document.summary.detectedType)
      : undefined;
    if (!stripper) return source;
    source.on('error', (error) => stripper.destroy(error));
    return source.pipe(stripper);
  }

  private async *checked(summary: DocumentSummary): AsyncGenerator<Buffer> {
    const hash = createHash('sha256');
    for await (const chunk of this.storage.read(summary.sha256)) {
      hash.update(chunk);
      yield chunk;
    }
    if (hash.digest('hex') !== summary.sha256) throw integrityFailed(summary, 'altered');
  }
}
