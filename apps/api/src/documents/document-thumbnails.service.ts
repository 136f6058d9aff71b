import { Injectable } from '@nestjs/common';
import { ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';
import { DocumentDownloads } from './document-downloads.service';
import { type ReadableDocument } from './document-reader.service';
import { thumbnailOf, thumbnailSourceTypes, thumbnailType } from './document-thumbnail';

/**
 * Thumbnails of photographs, made when asked from the picture without its location metadata,
 * whoever the reader: never stored, so erasure has no second copy of a person's picture to find
 * (see ADR 0016). The bytes on record never change, so their SHA-256 tags the thumbnail and a
 * browser that holds it is answered 304, after the same access checks as a download.
 */
@Injectable()
export class DocumentThumbnails {
  constructor(private readonly downloads: DocumentDownloads) {}

  async send(document: ReadableDocument, request: Request, response: Response): Promise<void> {
    const { summary } = document;
    if (!thumbnailSourceTypes.has(summary.detectedType)) {
      throw new ProblemException(
        404,
        'document/no-thumbnail',
        `Only photographs (${[...thumbnailSourceTypes].join(', ')}) have thumbnails; this file is ${summary.detectedType}.`,
        'documentId',
      );
    }
    const tag = `"thumbnail-${summary.sha256}"`;
    // Revalidated on every use: the access checks above run again, and a shredded file answers 410.
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('ETag', tag);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (request.headers['if-none-match'] === tag) {
      response.status(304).end();
      return;
    }
    await this.downloads.assertIntact(summary);
    const stripped = this.downloads.bytes({
      ...document,
      view: { ...document.view, stripLocation: true },
    });
    const thumbnail = await thumbnailOf(stripped).catch((error: unknown) => {
      if (error instanceof ProblemException) throw error;
      // The bytes carry a picture's signature but sharp cannot decode them.
      throw new ProblemException(
        422,
        'document/not-decodable',
        `The picture of document ${summary.documentId} cannot be decoded for a thumbnail; download it instead.`,
        'documentId',
      );
    });
    response.setHeader('Content-Type', thumbnailType);
    response.setHeader('Content-Length', String(thumbnail.length));
    response.end(thumbnail);
  }
}
