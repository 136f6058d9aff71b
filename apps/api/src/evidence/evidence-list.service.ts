import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import {
  type EvidenceCustody,
  EvidenceCustodyQuery,
  type EvidenceFilter,
  type ListResult,
} from '@greenchain/read-models';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import {
  filterParam,
  invalidListParam,
  jsonParam,
  pageRows,
  rangeParam,
  sortShape,
} from '../records/list-params';
import { listProblem } from '../records/list-problem';
import { type ListQuery } from '../records/list.query';
import { EvidenceRecords } from './evidence-records.service';

/**
 * The exhibits of one case with their current holder, from the evidence-custody read model. One case
 * at a time, so the case's own access rule (shares only if they include evidence) decides.
 */
@Injectable()
export class EvidenceList {
  private readonly exhibits: EvidenceCustodyQuery;

  constructor(
    dataSource: DataSource,
    private readonly records: EvidenceRecords,
  ) {
    this.exhibits = new EvidenceCustodyQuery(dataSource);
  }

  async list(
    user: SessionUser,
    query: ListQuery,
  ): Promise<ListResult<EvidenceCustody> & { first: number }> {
    const range = rangeParam(jsonParam('range', query.range), pageRows);
    const sort = sortShape(jsonParam('sort', query.sort));
    const filter = filterParam(jsonParam('filter', query.filter)) as EvidenceFilter;
    if (typeof filter.caseId !== 'string' || !isUUID(filter.caseId)) {
      throw invalidListParam('filter', 'filter.caseId (one case id) is required');
    }
    const scope = await this.records.scopeForCase(filter.caseId);
    assertCan(abilityFor(user), 'read', 'Evidence', scope, 'filter');
    try {
      return { ...(await this.exhibits.list({ filter, sort, range })), first: range[0] };
    } catch (error) {
      throw listProblem(error, 'The evidence list');
    }
  }
}
