import { Body, Controller, Get, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type IccwcSharingChoice, type SessionUser } from '@greenchain/contracts';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { IccwcSharingRequest } from './iccwc-sharing.request';
import { IccwcSharingResponse } from './iccwc-sharing.response';
import { IccwcSharingChoices } from './iccwc-sharing.service';
import { ReportScopeQuery } from './report.request';
import { reportScopeFor } from './report-scope';

/**
 * Whether a Party objects to its CITES annual illegal trade report data going to the ICCWC
 * partners, per year: shared unless a focal point records otherwise. Each choice is audited.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/cites-aitr/iccwc-sharing')
@UseGuards(AbilityGuard)
export class IccwcSharingController {
  constructor(
    private readonly choices: IccwcSharingChoices,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Get()
  @Allow('read', 'TreatyReport')
  @ApiOperation({
    summary: "The country's ICCWC data-sharing choice for the year (shared by default).",
    description: "National focal points: their own country's. Analysts: every country's.",
  })
  @ApiOkResponse({ type: IccwcSharingResponse })
  @ApiProblems(400, 401, 403, 429)
  read(
    @Query() query: ReportScopeQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<IccwcSharingChoice> {
    const scope = reportScopeFor(user, query);
    return this.choices.current(scope.country, scope.year);
  }

  @Put()
  @Allow('record', 'TreatyReport')
  @ApiOperation({
    summary: "Record the country's ICCWC data-sharing choice for the year.",
    description:
      "National focal points of the country. Written on the CITES report's About sheet and in the security audit trail.",
  })
  @ApiOkResponse({ type: IccwcSharingResponse })
  @ApiProblems(400, 401, 403, 429)
  choose(
    @Query() query: ReportScopeQuery,
    @Body() body: IccwcSharingRequest,
    @CurrentUser() user: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<IccwcSharingChoice> {
    const { country, year } = reportScopeFor(user, query);
    return this.audit.recordWith(source, async (transaction) => {
      const { before, after } = await this.choices.choose(
        { country, year, shared: body.shared, chosenBy: user.id },
        transaction,
      );
      return {
        result: after,
        entry: {
          kind: 'IccwcSharingChosen',
          country,
          year,
          shared: after.shared,
          before: before.chosen ? before.shared : null,
        },
      };
    });
  }
}
