import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { securityAuditKinds, securityAuditOutcomes } from '@greenchain/contracts';
import { SecurityAuditQuery, type SecurityAuditFilter } from '@greenchain/read-models';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import {
  contentRange,
  filterParam,
  jsonParam,
  pageRows,
  rangeParam,
  sortShape,
} from '../records/list-params';
import { listProblem } from '../records/list-problem';
import { ListQuery } from '../records/list.query';
import { SecurityAuditRecordResponse } from './security-audit-record.response';

const filters = [
  `kind (${securityAuditKinds.join(', ')})`,
  `outcome (${securityAuditOutcomes.join(', ')})`,
  'actorUserId',
  'userId (the account concerned)',
  'targetId (case, export, webhook or data subject)',
  'clientAddress',
  'recordedFrom, recordedTo (ISO 8601 time, or a UTC day taken whole)',
  'q (text in the kind, ids, client or details)',
];

/** The security audit trail (react-admin simple REST contract), for administrators alone. */
@ApiTags('security audit')
@ApiBearerAuth()
@Controller('security-audit')
@UseGuards(AbilityGuard)
@Allow('read', 'SecurityAudit')
export class SecurityAuditController {
  private readonly trail: SecurityAuditQuery;

  constructor(dataSource: DataSource) {
    this.trail = new SecurityAuditQuery(dataSource);
  }

  @Get()
  @ApiOperation({
    summary:
      'The security audit trail, newest first: range, sort, filter; Content-Range gives the total.',
    description: `Administrators. filter: ${filters.join('; ')}; each id filter takes one value or a list. sort: any field of an entry. An unknown filter or sort field is a 400.`,
  })
  @ApiOkResponse({
    type: [SecurityAuditRecordResponse],
    headers: { 'Content-Range': { description: 'security-audit <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429, 503)
  async list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SecurityAuditRecordResponse[]> {
    const range = rangeParam(jsonParam('range', query.range), pageRows);
    const sort = sortShape(jsonParam('sort', query.sort));
    const filter = filterParam(jsonParam('filter', query.filter)) as SecurityAuditFilter;
    try {
      const { rows, total } = await this.trail.list({ filter, sort, range });
      response.setHeader(
        'Content-Range',
        contentRange('security-audit', range[0], rows.length, total),
      );
      return rows;
    } catch (error) {
      throw listProblem(error, 'The security audit trail');
    }
  }
}
