import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CaseCommandRoute } from './case-command-route.decorator';
import { HandleCaseCommand } from './handle-case.command';
import { AdjournHearingRequest } from './requests/adjourn-hearing.request';
import { DecideAppealRequest } from './requests/decide-appeal.request';
import { FileAppealRequest } from './requests/file-appeal.request';
import { ImposeSentenceRequest } from './requests/impose-sentence.request';
import { RecordPleaRequest } from './requests/record-plea.request';
import { RecordVerdictRequest } from './requests/record-verdict.request';
import { ScheduleHearingRequest } from './requests/schedule-hearing.request';

/**
 * Court and judgment: hearings, pleas, verdicts, sentences and appeals. Each route builds the
 * domain command from the validated request and sends it on the CommandBus; rules live in the
 * domain, access in CaseCommandHandler, the HTTP contract in CaseCommandRoute.
 */
@ApiTags('case commands')
@Controller('cases')
export class CourtCommandsController {
  constructor(private readonly bus: CommandBus) {}

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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ScheduleHearing', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/hearings/:hearingId/adjourn')
  @CaseCommandRoute('AdjournHearing', AdjournHearingRequest, 'Adjourn a hearing with a reason.')
  adjournHearing(
    @IdParam('caseId') caseId: string,
    @IdParam('hearingId') hearingId: string,
    @Body() body: AdjournHearingRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AdjournHearing', body.toData(hearingId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/defendants/:partyId/plea')
  @CaseCommandRoute('RecordPlea', RecordPleaRequest, "Record a defendant's plea.")
  recordPlea(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: RecordPleaRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RecordPlea', body.toData(partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/defendants/:partyId/verdict')
  @CaseCommandRoute('RecordVerdict', RecordVerdictRequest, 'Record the verdict for one defendant.')
  recordVerdict(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: RecordVerdictRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RecordVerdict', body.toData(partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ImposeSentence', body.toData(origin, partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('FileAppeal', body.toData(origin, partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('DecideAppeal', body.toData(origin, appealId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }
}
