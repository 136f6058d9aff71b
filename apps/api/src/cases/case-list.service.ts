import { Inject, Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import {
  type CaseSummary,
  type CaseSummaryFilter,
  CaseSummaryQuery,
  type ListResult,
} from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { abilityFor } from '../authorization/ability.factory';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { filterParam, jsonParam, pageRows, rangeParam, sortShape } from '../records/list-params';
import { listProblem } from '../records/list-problem';
import { type ListQuery } from '../records/list.query';

/**
 * The case list over the case_summary read model (no personal fields). Analysts see every country;
 * officers their own country's cases and the cases shared with their country until the share is
 * revoked or ends, those flagged sharedWithMe and showing only the shared parts.
 */
@Injectable()
export class CaseList {
  private readonly summaries: CaseSummaryQuery;

  constructor(dataSource: DataSource, @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig) {
    this.summaries = new CaseSummaryQuery(dataSource, { deadlines: config.stageDeadlines });
  }

  async list(
    user: SessionUser,
    query: ListQuery,
  ): Promise<ListResult<CaseSummary> & { first: number }> {
    if (!abilityFor(user).can('read', 'Case')) {
      throw new ProblemException(403, 'auth/forbidden', 'Your role does not read cases.');
    }
    const range = rangeParam(jsonParam('range', query.range), pageRows);
    const sort = sortShape(jsonParam('sort', query.sort));
    const filter = filterParam(jsonParam('filter', query.filter)) as CaseSummaryFilter;
    // Officers are held to what their country sees whatever filter they send.
    const viewer =
      user.role === 'analyst' ? undefined : { country: user.country ?? '', agency: user.agency };
    try {
      const result = await this.summaries.list({ filter, sort, range }, viewer);
      return { ...result, first: range[0] };
    } catch (error) {
      throw listProblem(error, 'The case list');
    }
  }
}
