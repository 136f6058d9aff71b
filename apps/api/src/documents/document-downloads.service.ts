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

  async send({ summary, view }: ReadableDocument, response: Response): Promise<void> {
    const condition = await this.storage.condition(summary.sha256);
    if (condition !== 'intact') throw integrityFailed(summary, condition);
    const stripper = view.stripLocation ? locationStripper(summary.detectedType) : undefined;
    if (view.stripLocation && !stripper && summary.detectedType.startsWith('image/')) {
      throw new ProblemException(
        403,
        'document/location-not-removable',
        `Location metadata cannot be removed from ${summary.detectedType}; only the case's own country downloads it.`,
        'documentId',
      );
    }
    response.setHeader('Content-Type', summary.detectedType);
    response.setHeader('Content-Disposition', disposition(summary));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    if (stripper) {
      response.setHeader('Location-Metadata', 'removed');
    } else {
      response.setHeader('Content-Length', String(summary.size));
      const digest = Buffer.from(summary.sha256, 'hex').toString('base64');
      response.setHeader('Repr-Digest', `sha-256=:${digest}:`);
    }
    const source = Readable.from(this.checked(summary));
    try {
      await (stripper ? pipeline(source, stripper, response) : pipeline(source, response));
    } catch {
      // Headers are gone already: cutting the connection tells the client the body is incomplete.
      response.destroy();
    }
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
