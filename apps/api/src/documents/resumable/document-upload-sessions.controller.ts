import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { caseCommandRoles } from '@greenchain/domain';
import { type SessionUser } from '@greenchain/contracts';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CaseCommandRoute } from '../../cases/case-command-route.decorator';
import { HandleCaseCommand } from '../../cases/handle-case.command';
import { ApiProblems } from '../../commands/api-problems.decorator';
import { type CommandOrigin } from '../../commands/command-origin';
import { CommandOriginParam } from '../../commands/command-origin.decorator';
import { IdParam } from '../../commands/id-param.decorator';
import { DocumentTypes } from '../document-types';
import { DocumentUploads } from '../document-uploads.service';
import { DOCUMENT_STORAGE, type DocumentStorage } from '../storage/document-storage';
import { attachDocumentData } from '../upload-form';
import { chunkRange } from './content-range';
import { readChunk } from './read-chunk';
import { CompleteUploadRequest, OpenUploadSessionRequest } from './upload-session.requests';
import { UploadSessionResponse } from './upload-session.response';
import { type UploadSessionView, UploadSessions } from './upload-sessions.service';

const uploaders = `Who may: ${caseCommandRoles.AttachDocument.join(', ')} who may attach files to the case (own country; see ADR 0005), and only the user who opened the session.`;

/**
 * Resumable uploads to a case, for poor connections (ADR 0015): open a session with the file's
 * size, send it in chunks with Content-Range (a lost answer is resent safely), ask the offset to
 * resume from, then complete it with the file's details and SHA-256, which records AttachDocument
 * like a single upload. The document's id is the session's, so completing twice records it once.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('cases/:caseId/upload-sessions')
export class DocumentUploadSessionsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly uploads: DocumentUploads,
    private readonly sessions: UploadSessions,
    private readonly types: DocumentTypes,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Open a resumable upload of a file of the given size to the case.',
    description: uploaders,
  })
  @ApiCreatedResponse({ type: UploadSessionResponse })
  @ApiProblems(400, 401, 403, 404, 413, 422, 429)
  async open(
    @IdParam('caseId') caseId: string,
    @Body() body: OpenUploadSessionRequest,
    @CurrentUser() user: SessionUser,
  ): Promise<UploadSessionView> {
    await this.uploads.assertMayAttach(caseId, user);
    return this.sessions.open(caseId, user.id, body.size);
  }

  @Get(':sessionId')
  @ApiOperation({
    summary: 'The offset to resume from (also as Upload-Offset; HEAD answers the header alone).',
    description: uploaders,
  })
  @ApiOkResponse({ type: UploadSessionResponse, headers: { 'Upload-Offset': {} } })
  @ApiProblems(400, 401, 403, 404, 410, 429)
  async status(
    @IdParam('caseId') caseId: string,
    @IdParam('sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadSessionView> {
    await this.uploads.assertMayAttach(caseId, user);
    const view = await this.sessions.find(caseId, sessionId, user.id);
    response.setHeader('Upload-Offset', String(view.offset));
    return view;
  }

  @Put(':sessionId')
  @ApiConsumes('application/offset+octet-stream', 'application/octet-stream')
  @ApiOperation({
    summary:
      'Send a chunk with Content-Range: bytes <first>-<last>/<size>; it starts at or before the offset, and what it repeats must be identical.',
    description: uploaders,
  })
  @ApiBody({ description: "The chunk's bytes.", schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: UploadSessionResponse, headers: { 'Upload-Offset': {} } })
  @ApiProblems(400, 401, 403, 404, 409, 410, 413, 415, 429)
  async chunk(
    @IdParam('caseId') caseId: string,
    @IdParam('sessionId') sessionId: string,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UploadSessionView> {
    await this.uploads.assertMayAttach(caseId, user);
    const range = chunkRange(request.headers['content-range']);
    const bytes = await readChunk(
      request,
      response,
      range.end - range.start,
      this.config.documents.uploadChunkMaxBytes,
    );
    const view = await this.sessions.receive(caseId, sessionId, user.id, range, bytes);
    response.setHeader('Upload-Offset', String(view.offset));
    return view;
  }

  @Post(':sessionId/complete')
  @CaseCommandRoute(
    'AttachDocument',
    CompleteUploadRequest,
    "Complete a resumable upload: the bytes' type, size and SHA-256 are checked, then the file is attached to the case (its document id is the session's).",
    true,
  )
  async complete(
    @IdParam('caseId') caseId: string,
    @IdParam('sessionId') sessionId: string,
    @Body() body: CompleteUploadRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    await this.uploads.assertMayAttach(caseId, origin.user);
    const completed = await this.sessions.completed(caseId, sessionId, origin.user.id);
    const blob = completed.blob ?? (await this.store(sessionId, completed.view, body.sha256));
    if (blob.sha256 !== body.sha256) throw digestMismatch(blob.sha256);
    const upload = {
      fields: body.formFields(),
      fileName: body.fileName,
      declaredType: body.declaredType.toLowerCase(),
      blob,
    };
    const { data, occurredAt } = attachDocumentData(upload, { kind: 'case' }, sessionId);
    const command = origin.command('AttachDocument', data, occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  /**
   * The session's bytes into document storage, once all are in and their SHA-256 is the one the
   * sender gives (checked first, so wrong bytes are never stored).
   */
  private async store(sessionId: string, view: UploadSessionView, sha256: string) {
    if (view.offset < view.size) {
      throw new ProblemException(
        409,
        'upload/incomplete',
        `Bytes from ${view.offset} of ${view.size} are still to be sent.`,
        'sessionId',
        undefined,
        { offset: view.offset },
      );
    }
    const hash = createHash('sha256');
    for await (const bytes of this.sessions.bytes(sessionId)) hash.update(bytes);
    const received = hash.digest('hex');
    if (received !== sha256) throw digestMismatch(received);
    const source = Readable.from(this.sessions.bytes(sessionId));
    const blob = await this.storage.store(source, this.types.maxBytes, this.types.detect);
    await this.sessions.complete(sessionId, blob);
    return blob;
  }
}

function digestMismatch(received: string): ProblemException {
  return new ProblemException(
    422,
    'upload/digest-mismatch',
    `The bytes received hash to ${received}, not to the sha256 given.`,
    'sha256',
    undefined,
    { received },
  );
}
