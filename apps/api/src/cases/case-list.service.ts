import { Inject, Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import {
  type CaseSummary,
  type CaseSummaryFilter,
  CaseSummaryQuery,
  InvalidListParamsError,
  type ListResult,
  maxPageSize,
} from '@greenchain/read-models';
import { DataSource, QueryFailedError } from 'typeorm';
import { abilityFor } from '../authorization/ability.factory';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { filterParam, invalidListParam, jsonParam, rangeParam } from '../records/list-params';
import { type ListQuery } from '../records/list.query';

const pageRows = Math.min(maxPageSize, 100);

/** The read model checks the field and order names; the shape is checked here. */
function sortShape(value: unknown): readonly [string, 'ASC' | 'DESC'] | undefined {
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((part) => typeof part === 'string')
  ) {
    throw invalidListParam('sort', 'must be [field, ASC|DESC]');
  }
  return value as [string, 'ASC' | 'DESC'];
}

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
    const viewer = user.role === 'analyst' ? undefined : { country: user.country ?? '' };
    try {
      const result = await this.summaries.list({ filter, sort, range }, viewer);
      return { ...result, first: range[0] };
    } catch (error) {
      if (error instanceof InvalidListParamsError) {
        throw invalidListParam(
          /sort/.test(error.message) ? 'sort' : /range/.test(error.message) ? 'range' : 'filter',
          error.message,
        );
      }
      const code = databaseCode(error);
      // A filter value PostgreSQL cannot read as its column's type (a date, a number).
      if (code !== undefined && ['22007', '22008', '22P02', '22003'].includes(code)) {
        throw invalidListParam('filter', 'a filter value has the wrong type');
      }
      // The worker creates the read model when it first runs; until then the list does not exist.
      if (code === '42P01') {
        throw new ProblemException(
          503,
          'read-model/not-ready',
          'The case list is being built by the worker; retry shortly.',
        );
      }
      throw error;
    }
  }
}

function databaseCode(error: unknown): string | undefined {
  const cause: unknown = error instanceof QueryFailedError ? error.driverError : error;
  return typeof cause === 'object' && cause !== null
    ? (cause as { code?: string }).code
    : undefined;
}
