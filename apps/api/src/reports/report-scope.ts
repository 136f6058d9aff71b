import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { usdRateTable } from '@greenchain/read-models';
import { type ReportScope } from '@greenchain/reports';
import { type ReportScopeQuery } from './report.request';

/** A focal point reports for their own country only; analysts read any. */
export function reportScopeFor(user: SessionUser, query: ReportScopeQuery): ReportScope {
  if (user.role !== 'analyst' && user.country !== query.country) {
    throw new ProblemException(
      403,
      'auth/forbidden',
      `A national focal point files the reports of their own country (${user.country ?? 'none'}) only.`,
      'country',
    );
  }
  return { country: query.country, year: query.year, rates: usdRateTable };
}
