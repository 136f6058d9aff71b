import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiParam, ApiTags } from '@nestjs/swagger';
import { documentSteps, type DocumentStep, type DocumentTarget } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type Request, type Response } from 'express';
import { CaseCommandRoute } from '../cases/case-command-route.decorator';
import { HandleCaseCommand } from '../cases/handle-case.command';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CorrectDocumentRequest } from './correct-document.request';
import { DocumentUploads } from './document-uploads.service';
import { attachDocumentData, DocumentUploadForm } from './upload-form';

const uploadSummary = (what: string) =>
  `Attach a file to ${what} (multipart/form-data: file, occurredAt, personalData, dateOrderReason); the type is read from the bytes.`;

/**
 * Files attached to a case, an exhibit or a step of the chain. Each upload streams into storage
 * first (after the sender's right to the case is checked), then AttachDocument records the file's
 * name, types, size and SHA-256 on the case stream like any command: same If-Match and
 * Idempotency-Key rules (a repeated key with the same bytes answers the first result).
 */
@ApiTags('documents')
@Controller()
export class DocumentCommandsController {
  constructor(
    private readonly bus: CommandBus,
    private readonly uploads: DocumentUploads,
  ) {}

  @Post('cases/:caseId/documents')
  @ApiConsumes('multipart/form-data')
  @CaseCommandRoute('AttachDocument', DocumentUploadForm, uploadSummary('the case'), true)
  attachToCase(
    @IdParam('caseId') caseId: string,
    @CommandOriginParam() origin: CommandOrigin,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.attach(caseId, { kind: 'case' }, origin, request, response);
  }

  @Post('evidence/:evidenceId/documents')
  @ApiConsumes('multipart/form-data')
  @CaseCommandRoute('AttachDocument', DocumentUploadForm, uploadSummary('an exhibit'), true)
  async attachToExhibit(
    @IdParam('evidenceId') evidenceId: string,
    @CommandOriginParam() origin: CommandOrigin,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const caseId = await this.uploads.caseOfExhibit(evidenceId);
    return this.attach(caseId, { kind: 'exhibit', evidenceId }, origin, request, response);
  }

  @Post('cases/:caseId/steps/:step/:stepId/documents')
  @ApiConsumes('multipart/form-data')
  @ApiParam({ name: 'step', enum: documentSteps })
  @ApiParam({
    name: 'stepId',
    description:
      'referral: the referral id; charges, verdict: the defendant (party id); sentence: the sentence id; disposal: the disposal id.',
  })
  @CaseCommandRoute(
    'AttachDocument',
    DocumentUploadForm,
    uploadSummary('a step of the chain'),
    true,
  )
  attachToStep(
    @IdParam('caseId') caseId: string,
    @Param('step') step: string,
    @IdParam('stepId') stepId: string,
    @CommandOriginParam() origin: CommandOrigin,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    // The step is checked once the sender's right to the case is (see DocumentUploads.receive).
    const target = { kind: 'step', step: step as DocumentStep, stepId } as const;
    return this.attach(caseId, target, origin, request, response);
  }

  @Post('cases/:caseId/documents/:documentId/correct')
  @CaseCommandRoute(
    'CorrectDocument',
    CorrectDocumentRequest,
    "Correct a file's name, what it is attached to or its personal-data marking (a new fact; the bytes stay).",
  )
  correct(
    @IdParam('caseId') caseId: string,
    @IdParam('documentId') documentId: string,
    @Body() body: CorrectDocumentRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('CorrectDocument', body.toData(documentId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  private async attach(
    caseId: string,
    target: DocumentTarget,
    origin: CommandOrigin,
    request: Request,
    response: Response,
  ) {
    const upload = await this.uploads.receive(caseId, target, origin.user, request, response);
    const { data, occurredAt } = attachDocumentData(upload, target, origin.ids.next('documentId'));
    const command = origin.command('AttachDocument', data, occurredAt);
    try {
      return await this.bus.execute(new HandleCaseCommand(caseId, command, origin));
    } catch (error) {
      throw error instanceof ProblemException ? namedAsSent(error) : error;
    }
  }
}

/** Where each part of AttachDocument's data came from in the upload request. */
const uploadFieldOf: Readonly<Record<string, string>> = {
  fileName: 'file',
  declaredType: 'file',
  detectedType: 'file',
  size: 'file',
  sha256: 'file',
  'attachedTo.evidenceId': 'evidenceId',
  'attachedTo.step': 'step',
  'attachedTo.stepId': 'stepId',
};

/** A refusal naming the upload's own field (a form field, the file, a path parameter). */
function namedAsSent(problem: ProblemException): ProblemException {
  const field = problem.field === undefined ? undefined : uploadFieldOf[problem.field];
  if (field === undefined || !Object.hasOwn(uploadFieldOf, problem.field ?? '')) return problem;
  const { message } = problem;
  return new ProblemException(
    problem.getStatus(),
    problem.code,
    message,
    field,
    problem.errors,
    problem.extensions,
  );
}
