import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type EvidenceCommandOf, type EvidenceCommandType } from '@greenchain/domain';
import { type CommandContext, CommandContextParam } from '../commands/command-context.decorator';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type BuildContext } from '../commands/command.request';
import { IdParam } from '../commands/id-param.decorator';
import { EvidenceCommandRoute } from './evidence-command-route.decorator';
import { ExecuteEvidenceCommand } from './execute-evidence.command';
import { DestroyEvidenceRequest } from './requests/destroy-evidence.request';
import { RecordEvidenceExaminationRequest } from './requests/record-evidence-examination.request';
import { RegisterEvidenceRequest } from './requests/register-evidence.request';
import { ReleaseEvidenceRequest } from './requests/release-evidence.request';
import { SealEvidenceRequest } from './requests/seal-evidence.request';
import { TransferCustodyRequest } from './requests/transfer-custody.request';

type Build<T extends EvidenceCommandType> = (context: BuildContext) => EvidenceCommandOf<T>['data'];

/** One task-based route per evidence command; rules in the domain, access in the handler. */
@ApiTags('evidence commands')
@Controller('evidence')
export class EvidenceCommandsController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @EvidenceCommandRoute(
    'RegisterEvidence',
    RegisterEvidenceRequest,
    'Register an exhibit of a case with its first custodian.',
    true,
  )
  registerEvidence(
    @Body() body: RegisterEvidenceRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RegisterEvidence', undefined, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':evidenceId/seal')
  @EvidenceCommandRoute('SealEvidence', SealEvidenceRequest, 'Seal the exhibit.')
  sealEvidence(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: SealEvidenceRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('SealEvidence', evidenceId, body.occurredAt, context, () => body.toData());
  }

  @Post(':evidenceId/transfers')
  @EvidenceCommandRoute(
    'TransferCustody',
    TransferCustodyRequest,
    'Hand the exhibit over to a new custodian.',
    true,
  )
  transferCustody(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: TransferCustodyRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('TransferCustody', evidenceId, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':evidenceId/examinations')
  @EvidenceCommandRoute(
    'RecordEvidenceExamination',
    RecordEvidenceExaminationRequest,
    'Record an examination of the exhibit.',
    true,
  )
  recordExamination(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: RecordEvidenceExaminationRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordEvidenceExamination', evidenceId, body.occurredAt, context, (c) =>
      body.toData(c),
    );
  }

  @Post(':evidenceId/release')
  @EvidenceCommandRoute(
    'ReleaseEvidence',
    ReleaseEvidenceRequest,
    'Release the exhibit (it leaves custody).',
  )
  releaseEvidence(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: ReleaseEvidenceRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ReleaseEvidence', evidenceId, body.occurredAt, context, () => body.toData());
  }

  @Post(':evidenceId/destroy')
  @EvidenceCommandRoute(
    'DestroyEvidence',
    DestroyEvidenceRequest,
    'Record the authorised destruction of the exhibit.',
  )
  destroyEvidence(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: DestroyEvidenceRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('DestroyEvidence', evidenceId, body.occurredAt, context, () => body.toData());
  }

  private run<T extends EvidenceCommandType>(
    type: T,
    evidenceId: string | undefined,
    occurredAt: string,
    context: CommandContext,
    build: Build<T>,
  ): Promise<CommandResultResponse> {
    return this.bus.execute(
      new ExecuteEvidenceCommand(type, evidenceId, occurredAt, build, context),
    );
  }
}
