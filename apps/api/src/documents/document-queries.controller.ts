import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type DocumentSummary, type SessionUser } from '@greenchain/contracts';
import { type Request, type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { DocumentDownloads } from './document-downloads.service';
import { DocumentReader } from './document-reader.service';
import { DocumentThumbnails } from './document-thumbnails.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('cases/:caseId/documents')
export class DocumentQueriesController {
  constructor(
    private readonly reader: DocumentReader,
    private readonly downloads: DocumentDownloads,
    private readonly thumbnails: DocumentThumbnails,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The files attached to a case, its exhibits and its steps.',
    description:
      "The case's country sees every file; a country it is shared with, those of the shared parts when the share includes documents (personal ones only with parties); analysts only files marked as holding no personal data. File names only with the right to the case's personal data (each such read is logged).",
  })
  @ApiOkResponse({ description: 'DocumentSummary rows.' })
  @ApiProblems(400, 401, 403, 404, 429)
  list(
    @IdParam('caseId') caseId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<DocumentSummary[]> {
    return this.reader.list(caseId, user);
  }

  @Get(':documentId/content')
  @ApiOperation({
    summary: "A file's bytes, streamed, after its SHA-256 is checked.",
    description:
      'Repr-Digest carries the SHA-256 on record. A changed byte answers 409 document/integrity-failed; a file shredded on erasure 410. Photographs lose their location metadata (EXIF, XMP, IPTC) for analysts and other countries (Location-Metadata: removed). Downloading a file that may hold personal data is logged as a personal-data read.',
  })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description: 'The bytes, in the type detected from them when stored.',
    headers: {
      'Repr-Digest': { description: 'sha-256=:<base64>: of the bytes on record' },
    },
  })
  @ApiProblems(400, 401, 403, 404, 409, 410, 429)
  async content(
    @IdParam('caseId') caseId: string,
    @IdParam('documentId') documentId: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.reader.one(caseId, documentId, user);
    await this.downloads.send(document, response);
  }

  @Get(':documentId/thumbnail')
  @ApiOperation({
    summary: "A photograph's thumbnail: WebP, at most 160 px on a side, made without its location.",
    description:
      'Made when asked from the picture with its location metadata removed, whoever reads it, and never stored. ETag "thumbnail-<sha256>": If-None-Match answers 304 after the same checks as a download. JPEG and PNG only (404 document/no-thumbnail otherwise); a thumbnail of a file that may hold personal data is logged as a personal-data read.',
  })
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The thumbnail.' })
  @ApiProblems(400, 401, 403, 404, 409, 410, 429)
  async thumbnail(
    @IdParam('caseId') caseId: string,
    @IdParam('documentId') documentId: string,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const document = await this.reader.one(caseId, documentId, user, 'document-thumbnail');
    await this.thumbnails.send(document, request, response);
  }
}
