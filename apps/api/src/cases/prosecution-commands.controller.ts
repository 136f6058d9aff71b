import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CaseCommandRoute } from './case-command-route.decorator';
import { HandleCaseCommand } from './handle-case.command';
import { AcceptReferralRequest } from './requests/accept-referral.request';
import { DeclineProsecutionRequest } from './requests/decline-prosecution.request';
import { FileChargesRequest } from './requests/file-charges.request';
import { ReturnReferralRequest } from './requests/return-referral.request';
import { WithdrawChargesRequest } from './requests/withdraw-charges.request';

/**
 * Prosecution: the prosecutor accepts or returns a referral, and charges, declines or withdraws per
 * defendant. Each route builds the domain command from the validated request and sends it on the
 * CommandBus; rules live in the domain, access in CaseCommandHandler, the HTTP contract in
 * CaseCommandRoute.
 */
@ApiTags('case commands')
@Controller('cases')
export class ProsecutionCommandsController {
  constructor(private readonly bus: CommandBus) {}

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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AcceptReferral', body.toData(referralId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ReturnReferral', body.toData(referralId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/defendants/:partyId/charges')
  @CaseCommandRoute('FileCharges', FileChargesRequest, 'File charges against one defendant.')
  fileCharges(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: FileChargesRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('FileCharges', body.toData(origin, partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('DeclineProsecution', body.toData(), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('WithdrawCharges', body.toData(partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }
}
