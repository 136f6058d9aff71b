import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CaseCommandRoute } from './case-command-route.decorator';
import { HandleCaseCommand } from './handle-case.command';
import { CloseCaseRequest } from './requests/close-case.request';
import { ExplainReportGapRequest } from './requests/explain-report-gap.request';
import { RecordDisposalRequest } from './requests/record-disposal.request';
import { RecordPenaltyEnforcementRequest } from './requests/record-penalty-enforcement.request';
import { ReopenCaseRequest } from './requests/reopen-case.request';
import { RevokeShareRequest } from './requests/revoke-share.request';
import { ShareCaseRequest } from './requests/share-case.request';

/**
 * After judgment, sharing, closing and reporting: penalties enforced, goods disposed of, the case
 * shared with other countries, closed and reopened, and why a fact a treaty report needs is missing. Each route builds the domain command from the validated
 * request and sends it on the CommandBus; rules live in the domain, access in CaseCommandHandler,
 * the HTTP contract in CaseCommandRoute.
 */
@ApiTags('case commands')
@Controller('cases')
export class ClosingCommandsController {
  constructor(private readonly bus: CommandBus) {}

  @Post(':caseId/defendants/:partyId/enforcements')
  @CaseCommandRoute(
    'RecordPenaltyEnforcement',
    RecordPenaltyEnforcementRequest,
    'Record a fine paid or a penalty enforced.',
    true,
  )
  recordPenaltyEnforcement(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: RecordPenaltyEnforcementRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command(
      'RecordPenaltyEnforcement',
      body.toData(origin, partyId),
      body.occurredAt,
    );
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/items/:itemId/disposal')
  @CaseCommandRoute(
    'RecordDisposal',
    RecordDisposalRequest,
    'Record how seized goods were disposed of.',
  )
  recordDisposal(
    @IdParam('caseId') caseId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: RecordDisposalRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RecordDisposal', body.toData(origin, itemId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/shares')
  @CaseCommandRoute(
    'ShareCase',
    ShareCaseRequest,
    "Share the case with another country's agency until a date.",
    true,
  )
  shareCase(
    @IdParam('caseId') caseId: string,
    @Body() body: ShareCaseRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ShareCase', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/shares/:shareId/revoke')
  @CaseCommandRoute(
    'RevokeShare',
    RevokeShareRequest,
    'Revoke a share: that country loses access at once.',
  )
  revokeShare(
    @IdParam('caseId') caseId: string,
    @IdParam('shareId') shareId: string,
    @Body() body: RevokeShareRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RevokeShare', body.toData(shareId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/close')
  @CaseCommandRoute('CloseCase', CloseCaseRequest, 'Close the case with a reason code.')
  closeCase(
    @IdParam('caseId') caseId: string,
    @Body() body: CloseCaseRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('CloseCase', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/reopen')
  @CaseCommandRoute('ReopenCase', ReopenCaseRequest, 'Reopen a closed case with a reason.')
  reopenCase(
    @IdParam('caseId') caseId: string,
    @Body() body: ReopenCaseRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ReopenCase', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/report-gaps')
  @CaseCommandRoute(
    'ExplainReportGap',
    ExplainReportGapRequest,
    "Say why a column a treaty report requires is empty for this case (the report's validation then lists it as explained).",
  )
  explainReportGap(
    @IdParam('caseId') caseId: string,
    @Body() body: ExplainReportGapRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ExplainReportGap', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }
}
