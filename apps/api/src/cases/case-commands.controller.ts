import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CaseCommandType } from '@greenchain/domain';
import { type CommandContext, CommandContextParam } from '../commands/command-context.decorator';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type BuildContext } from '../commands/command.request';
import { IdParam } from '../commands/id-param.decorator';
import { CaseCommandRoute } from './case-command-route.decorator';
import { type CaseCommandOf, ExecuteCaseCommand } from './execute-case.command';
import { AcceptReferralRequest } from './requests/accept-referral.request';
import { AddCommodityItemRequest } from './requests/add-commodity-item.request';
import { AddPartyRequest } from './requests/add-party.request';
import { AdjournHearingRequest } from './requests/adjourn-hearing.request';
import { AmendCommodityItemRequest } from './requests/amend-commodity-item.request';
import { AmendPartyRequest } from './requests/amend-party.request';
import { CloseCaseRequest } from './requests/close-case.request';
import { DecideAppealRequest } from './requests/decide-appeal.request';
import { DeclineProsecutionRequest } from './requests/decline-prosecution.request';
import { FileAppealRequest } from './requests/file-appeal.request';
import { FileChargesRequest } from './requests/file-charges.request';
import { ImposeSentenceRequest } from './requests/impose-sentence.request';
import { RecordDisposalRequest } from './requests/record-disposal.request';
import { RecordLabResultRequest } from './requests/record-lab-result.request';
import { RecordPenaltyEnforcementRequest } from './requests/record-penalty-enforcement.request';
import { RecordPleaRequest } from './requests/record-plea.request';
import { RecordSeizureRequest } from './requests/record-seizure.request';
import { RecordVerdictRequest } from './requests/record-verdict.request';
import { ReferToProsecutionRequest } from './requests/refer-to-prosecution.request';
import { RemoveCommodityItemRequest } from './requests/remove-commodity-item.request';
import { ReopenCaseRequest } from './requests/reopen-case.request';
import { ReturnReferralRequest } from './requests/return-referral.request';
import { RevokeShareRequest } from './requests/revoke-share.request';
import { ScheduleHearingRequest } from './requests/schedule-hearing.request';
import { SettleAdministrativelyRequest } from './requests/settle-administratively.request';
import { ShareCaseRequest } from './requests/share-case.request';
import { WithdrawChargesRequest } from './requests/withdraw-charges.request';

type Build<T extends CaseCommandType> = (context: BuildContext) => CaseCommandOf<T>['data'];

/**
 * One task-based route per case command (FlagDeadlineMissed is the worker's, not a route). Each
 * handler only maps the request to the command envelope; rules live in the domain, access in the
 * handler, and the HTTP contract in CaseCommandRoute.
 */
@ApiTags('case commands')
@Controller('cases')
export class CaseCommandsController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @CaseCommandRoute(
    'RecordSeizure',
    RecordSeizureRequest,
    'Record a seizure: opens a case of your country and agency.',
    true,
  )
  recordSeizure(
    @Body() body: RecordSeizureRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordSeizure', undefined, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':caseId/items')
  @CaseCommandRoute(
    'AddCommodityItem',
    AddCommodityItemRequest,
    'Add a seized commodity item.',
    true,
  )
  addCommodityItem(
    @IdParam('caseId') caseId: string,
    @Body() body: AddCommodityItemRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AddCommodityItem', caseId, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':caseId/items/:itemId/amend')
  @CaseCommandRoute(
    'AmendCommodityItem',
    AmendCommodityItemRequest,
    'Amend a commodity item (all its fields).',
  )
  amendCommodityItem(
    @IdParam('caseId') caseId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: AmendCommodityItemRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AmendCommodityItem', caseId, body.occurredAt, context, () =>
      body.toData(itemId),
    );
  }

  @Post(':caseId/items/:itemId/remove')
  @CaseCommandRoute(
    'RemoveCommodityItem',
    RemoveCommodityItemRequest,
    'Remove a commodity item recorded in error.',
  )
  removeCommodityItem(
    @IdParam('caseId') caseId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: RemoveCommodityItemRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RemoveCommodityItem', caseId, body.occurredAt, context, () =>
      body.toData(itemId),
    );
  }

  @Post(':caseId/parties')
  @CaseCommandRoute(
    'AddParty',
    AddPartyRequest,
    'Add a party (defendant); personal fields are encrypted.',
    true,
  )
  addParty(
    @IdParam('caseId') caseId: string,
    @Body() body: AddPartyRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AddParty', caseId, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':caseId/parties/:partyId/amend')
  @CaseCommandRoute('AmendParty', AmendPartyRequest, 'Amend a party (all its fields).')
  amendParty(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: AmendPartyRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AmendParty', caseId, body.occurredAt, context, () => body.toData(partyId));
  }

  @Post(':caseId/items/:itemId/lab-results')
  @CaseCommandRoute(
    'RecordLabResult',
    RecordLabResultRequest,
    "Record a laboratory's result for an item.",
    true,
  )
  recordLabResult(
    @IdParam('caseId') caseId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: RecordLabResultRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordLabResult', caseId, body.occurredAt, context, (c) =>
      body.toData(c, itemId),
    );
  }

  @Post(':caseId/settle-administratively')
  @CaseCommandRoute(
    'SettleAdministratively',
    SettleAdministrativelyRequest,
    'Settle the case administratively (customs fine, re-export order).',
  )
  settleAdministratively(
    @IdParam('caseId') caseId: string,
    @Body() body: SettleAdministrativelyRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('SettleAdministratively', caseId, body.occurredAt, context, (c) =>
      body.toData(c),
    );
  }

  @Post(':caseId/refer-to-prosecution')
  @CaseCommandRoute(
    'ReferToProsecution',
    ReferToProsecutionRequest,
    'Refer the case to a prosecution office.',
  )
  referToProsecution(
    @IdParam('caseId') caseId: string,
    @Body() body: ReferToProsecutionRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ReferToProsecution', caseId, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':caseId/referrals/:referralId/accept')
  @CaseCommandRoute(
    'AcceptReferral',
    AcceptReferralRequest,
    'Accept a referral: the prosecution begins.',
  )
  acceptReferral(
    @IdParam('caseId') caseId: string,
    @IdParam('referralId') referralId: string,
    @Body() body: AcceptReferralRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AcceptReferral', caseId, body.occurredAt, context, () =>
      body.toData(referralId),
    );
  }

  @Post(':caseId/referrals/:referralId/return')
  @CaseCommandRoute(
    'ReturnReferral',
    ReturnReferralRequest,
    'Return a referral to customs with a reason.',
  )
  returnReferral(
    @IdParam('caseId') caseId: string,
    @IdParam('referralId') referralId: string,
    @Body() body: ReturnReferralRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ReturnReferral', caseId, body.occurredAt, context, () =>
      body.toData(referralId),
    );
  }

  @Post(':caseId/defendants/:partyId/charges')
  @CaseCommandRoute('FileCharges', FileChargesRequest, 'File charges against one defendant.')
  fileCharges(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: FileChargesRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('FileCharges', caseId, body.occurredAt, context, (c) =>
      body.toData(c, partyId),
    );
  }

  @Post(':caseId/decline-prosecution')
  @CaseCommandRoute(
    'DeclineProsecution',
    DeclineProsecutionRequest,
    'Decline to prosecute one defendant (partyId) or all, with a reason code.',
  )
  declineProsecution(
    @IdParam('caseId') caseId: string,
    @Body() body: DeclineProsecutionRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('DeclineProsecution', caseId, body.occurredAt, context, () => body.toData());
  }

  @Post(':caseId/defendants/:partyId/withdraw-charges')
  @CaseCommandRoute(
    'WithdrawCharges',
    WithdrawChargesRequest,
    "Withdraw a defendant's charges with a reason code.",
  )
  withdrawCharges(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: WithdrawChargesRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('WithdrawCharges', caseId, body.occurredAt, context, () =>
      body.toData(partyId),
    );
  }

  @Post(':caseId/hearings')
  @CaseCommandRoute(
    'ScheduleHearing',
    ScheduleHearingRequest,
    'Schedule a hearing for charged defendants.',
    true,
  )
  scheduleHearing(
    @IdParam('caseId') caseId: string,
    @Body() body: ScheduleHearingRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ScheduleHearing', caseId, body.occurredAt, context, (c) => body.toData(c));
  }

  @Post(':caseId/hearings/:hearingId/adjourn')
  @CaseCommandRoute('AdjournHearing', AdjournHearingRequest, 'Adjourn a hearing with a reason.')
  adjournHearing(
    @IdParam('caseId') caseId: string,
    @IdParam('hearingId') hearingId: string,
    @Body() body: AdjournHearingRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('AdjournHearing', caseId, body.occurredAt, context, () =>
      body.toData(hearingId),
    );
  }

  @Post(':caseId/defendants/:partyId/plea')
  @CaseCommandRoute('RecordPlea', RecordPleaRequest, "Record a defendant's plea.")
  recordPlea(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: RecordPleaRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordPlea', caseId, body.occurredAt, context, () => body.toData(partyId));
  }

  @Post(':caseId/defendants/:partyId/verdict')
  @CaseCommandRoute('RecordVerdict', RecordVerdictRequest, 'Record the verdict for one defendant.')
  recordVerdict(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: RecordVerdictRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordVerdict', caseId, body.occurredAt, context, () => body.toData(partyId));
  }

  @Post(':caseId/defendants/:partyId/sentence')
  @CaseCommandRoute(
    'ImposeSentence',
    ImposeSentenceRequest,
    'Impose the sentence on a convicted defendant.',
  )
  imposeSentence(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: ImposeSentenceRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ImposeSentence', caseId, body.occurredAt, context, (c) =>
      body.toData(c, partyId),
    );
  }

  @Post(':caseId/defendants/:partyId/appeals')
  @CaseCommandRoute(
    'FileAppeal',
    FileAppealRequest,
    'File an appeal against a verdict or sentence.',
    true,
  )
  fileAppeal(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: FileAppealRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('FileAppeal', caseId, body.occurredAt, context, (c) => body.toData(c, partyId));
  }

  @Post(':caseId/appeals/:appealId/decision')
  @CaseCommandRoute(
    'DecideAppeal',
    DecideAppealRequest,
    'Decide an appeal (upheld, overturned, varied with a new sentence).',
  )
  decideAppeal(
    @IdParam('caseId') caseId: string,
    @IdParam('appealId') appealId: string,
    @Body() body: DecideAppealRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('DecideAppeal', caseId, body.occurredAt, context, (c) =>
      body.toData(c, appealId),
    );
  }

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
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordPenaltyEnforcement', caseId, body.occurredAt, context, (c) =>
      body.toData(c, partyId),
    );
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
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RecordDisposal', caseId, body.occurredAt, context, (c) =>
      body.toData(c, itemId),
    );
  }

  @Post(':caseId/close')
  @CaseCommandRoute('CloseCase', CloseCaseRequest, 'Close the case with a reason code.')
  closeCase(
    @IdParam('caseId') caseId: string,
    @Body() body: CloseCaseRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('CloseCase', caseId, body.occurredAt, context, () => body.toData());
  }

  @Post(':caseId/reopen')
  @CaseCommandRoute('ReopenCase', ReopenCaseRequest, 'Reopen a closed case with a reason.')
  reopenCase(
    @IdParam('caseId') caseId: string,
    @Body() body: ReopenCaseRequest,
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ReopenCase', caseId, body.occurredAt, context, () => body.toData());
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
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('ShareCase', caseId, body.occurredAt, context, (c) => body.toData(c));
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
    @CommandContextParam() context: CommandContext,
  ) {
    return this.run('RevokeShare', caseId, body.occurredAt, context, () => body.toData(shareId));
  }

  private run<T extends CaseCommandType>(
    type: T,
    caseId: string | undefined,
    occurredAt: string,
    context: CommandContext,
    build: Build<T>,
  ): Promise<CommandResultResponse> {
    return this.bus.execute(new ExecuteCaseCommand(type, caseId, occurredAt, build, context));
  }
}
