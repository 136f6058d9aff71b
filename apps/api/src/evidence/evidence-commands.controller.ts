import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { EvidenceCommandRoute } from './evidence-command-route.decorator';
import { HandleEvidenceCommand } from './handle-evidence.command';
import { DestroyEvidenceRequest } from './requests/destroy-evidence.request';
import { RecordEvidenceExaminationRequest } from './requests/record-evidence-examination.request';
import { RegisterEvidenceRequest } from './requests/register-evidence.request';
import { ReleaseEvidenceRequest } from './requests/release-evidence.request';
import { SealEvidenceRequest } from './requests/seal-evidence.request';
import { TransferCustodyRequest } from './requests/transfer-custody.request';

/**
 * One task-based route per evidence command: each builds the domain command from the validated
 * request and sends it on the CommandBus; rules in the domain, access in EvidenceCommandHandler.
 */
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const data = body.toData(origin);
    const command = origin.command('RegisterEvidence', data, body.occurredAt);
    return this.bus.execute(new HandleEvidenceCommand(data.evidenceId, command, origin));
  }

  @Post(':evidenceId/seal')
  @EvidenceCommandRoute('SealEvidence', SealEvidenceRequest, 'Seal the exhibit.')
  sealEvidence(
    @IdParam('evidenceId') evidenceId: string,
    @Body() body: SealEvidenceRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('SealEvidence', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleEvidenceCommand(evidenceId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('TransferCustody', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleEvidenceCommand(evidenceId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command(
      'RecordEvidenceExamination',
      body.toData(origin),
      body.occurredAt,
    );
    return this.bus.execute(new HandleEvidenceCommand(evidenceId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ReleaseEvidence', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleEvidenceCommand(evidenceId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('DestroyEvidence', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleEvidenceCommand(evidenceId, command, origin));
  }
}
