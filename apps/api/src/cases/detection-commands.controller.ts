import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type CommandOrigin } from '../commands/command-origin';
import { CommandOriginParam } from '../commands/command-origin.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CaseCommandRoute } from './case-command-route.decorator';
import { HandleCaseCommand } from './handle-case.command';
import { AddCommodityItemRequest } from './requests/add-commodity-item.request';
import { AddPartyRequest } from './requests/add-party.request';
import { AmendCommodityItemRequest } from './requests/amend-commodity-item.request';
import { AmendPartyRequest } from './requests/amend-party.request';
import { RecordLabResultRequest } from './requests/record-lab-result.request';
import { RecordSeizureRequest } from './requests/record-seizure.request';
import { ReferToProsecutionRequest } from './requests/refer-to-prosecution.request';
import { RemoveCommodityItemRequest } from './requests/remove-commodity-item.request';
import { SettleAdministrativelyRequest } from './requests/settle-administratively.request';

/**
 * Detection and seizure: the customs officer opens the case, records what was seized and who was
 * involved, and settles it or refers it to prosecution. Each route builds the domain command from
 * the validated request and sends it on the CommandBus; rules live in the domain, access in
 * CaseCommandHandler, the HTTP contract in CaseCommandRoute.
 */
@ApiTags('case commands')
@Controller('cases')
export class DetectionCommandsController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @CaseCommandRoute(
    'RecordSeizure',
    RecordSeizureRequest,
    'Record a seizure: opens a case of your country and agency.',
    true,
  )
  recordSeizure(@Body() body: RecordSeizureRequest, @CommandOriginParam() origin: CommandOrigin) {
    const data = body.toData(origin);
    const command = origin.command('RecordSeizure', data, body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(data.caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AddCommodityItem', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AmendCommodityItem', body.toData(itemId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RemoveCommodityItem', body.toData(itemId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AddParty', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }

  @Post(':caseId/parties/:partyId/amend')
  @CaseCommandRoute('AmendParty', AmendPartyRequest, 'Amend a party (all its fields).')
  amendParty(
    @IdParam('caseId') caseId: string,
    @IdParam('partyId') partyId: string,
    @Body() body: AmendPartyRequest,
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('AmendParty', body.toData(partyId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('RecordLabResult', body.toData(origin, itemId), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('SettleAdministratively', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
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
    @CommandOriginParam() origin: CommandOrigin,
  ) {
    const command = origin.command('ReferToProsecution', body.toData(origin), body.occurredAt);
    return this.bus.execute(new HandleCaseCommand(caseId, command, origin));
  }
}
