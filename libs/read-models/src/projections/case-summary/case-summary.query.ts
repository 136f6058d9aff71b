import type { SqlExecutor } from '@greenchain/event-store';
import {
  anyOf,
  containsText,
  isTrue,
  listRows,
  onOrAfter,
  onOrBefore,
  overlaps,
  type BindParameter,
  type FilterCondition,
  type ListParams,
  type ListResult,
} from '../../shared/list-query';
import { caseSummaryTable } from './case-summary.tables';
import { type CaseSummaryViewer, visibleCaseSummaries } from './case-summary.visibility';
import { awaitedSteps } from './awaited-steps.filter';
import {
  defaultStalledDeadlines,
  nextDeadlineSql,
  stalledCondition,
  type StalledDeadlines,
} from './stalled-deadlines';

export interface CaseSummaryFilter {
  /** react-admin getMany: the ids to fetch. */
  readonly id?: string | readonly string[];
  readonly country?: string | readonly string[];
  readonly agreement?: string | readonly string[];
  readonly stage?: string | readonly string[];
  readonly outcome?: string | readonly string[];
  readonly port?: string | readonly string[];
  readonly hsChapter?: string | readonly string[];
  /** Seizure date range, ISO dates, inclusive. */
  readonly seizedFrom?: string;
  readonly seizedTo?: string;
  readonly stalled?: boolean;
  /** Cases awaiting any of these steps (referral_decision, charge_decision, verdict). */
  readonly awaiting?: string | readonly string[];
  /** Cases with a defendant convicted and not yet sentenced (no deadline runs on that). */
  readonly awaitingSentence?: boolean;
  /** Cases whose next deadline falls on or before this day (ISO date). */
  readonly deadlineBy?: string;
  /** Text found in the reference, port or agency. */
  readonly q?: string;
}

export interface CaseSummary {
  readonly id: string;
  readonly reference: string | null;
  readonly country: string;
  readonly agency: string;
  readonly port: string | null;
  readonly locationType: string | null;
  readonly direction: string | null;
  readonly transportMode: string | null;
  readonly routeOrigin: string | null;
  readonly routeDestination: string | null;
  readonly agreements: string[];
  readonly hsChapters: string[];
  readonly stage: string | null;
  readonly outcome: string;
  readonly closed: boolean;
  readonly seizedOn: string | null;
  readonly referredOn: string | null;
  readonly firstChargedOn: string | null;
  readonly lastStageChangeOn: string | null;
  readonly stalled: boolean;
  /** The start of each pending step's clock (the verdict's: the earliest defendant's); null when not pending. */
  readonly referralDecisionSince: string | null;
  readonly chargeDecisionSince: string | null;
  readonly verdictSince: string | null;
  /** The earliest deadline day of the pending steps, with the country's deadlines. */
  readonly nextDeadlineOn: string | null;
  readonly itemCount: number;
  readonly valueKnown: boolean;
  readonly valueTotalUsd: number | null;
  readonly defendantCount: number;
  readonly chargedCount: number;
  readonly outcomeCount: number;
  readonly convictedCount: number;
  readonly sentencedCount: number;
  readonly disposalCount: number;
  readonly missedDeadlineCount: number;
  readonly streamVersion: number;
  readonly lastPosition: number;
  /** A case of another country, shared with the reader's: only the shared parts are filled. */
  readonly sharedWithMe: boolean;
}

export type { CaseSummaryViewer };

export interface CaseSummaryQueryOptions {
  readonly deadlines?: StalledDeadlines;
  /** The as-of date of the stalled flag (ISO date); defaults to today. */
  readonly asOf?: () => string;
}

/**
 * The case list (react-admin getList/getMany/getOne). Holds no personal field, so it serves every
 * role. Without a viewer it lists every country (analysts, exports that filter by country); with
 * one, the viewer's country's cases and those shared with it, showing only the shared parts.
 */
export class CaseSummaryQuery {
  private readonly deadlines: StalledDeadlines;
  private readonly asOf: () => string;

  constructor(
    private readonly executor: SqlExecutor,
    options: CaseSummaryQueryOptions = {},
  ) {
    this.deadlines = options.deadlines ?? defaultStalledDeadlines;
    this.asOf = options.asOf ?? (() => new Date().toISOString().slice(0, 10));
  }

  list(
    params: ListParams<CaseSummaryFilter> = {},
    viewer?: CaseSummaryViewer,
  ): Promise<ListResult<CaseSummary>> {
    const asOf = this.asOf();
    const stalled = (bind: BindParameter) => stalledCondition(this.deadlines, asOf, bind);
    const stalledFilter: FilterCondition = (value, bind) => isTrue(stalled(bind))(value, bind);
    const deadlineBy: FilterCondition = (value, bind) =>
      onOrBefore(nextDeadlineSql(this.deadlines, bind))(value, bind);
    return listRows<CaseSummary>(
      this.executor,
      (bind) => ({
        from: viewer
          ? visibleCaseSummaries(caseSummaryTable.name, viewer, asOf, bind)
          : caseSummaryTable.name,
        fields: {
          id: 'case_id',
          reference: 'reference',
          country: 'country',
          agency: 'agency',
          port: 'port',
          locationType: 'location_type',
          direction: 'direction',
          transportMode: 'transport_mode',
          routeOrigin: 'route_origin',
          routeDestination: 'route_destination',
          agreements: 'agreements',
          hsChapters: 'hs_chapters',
          stage: 'stage',
          outcome: 'outcome',
          closed: 'closed',
          seizedOn: 'seized_on::text',
          referredOn: 'referred_on::text',
          firstChargedOn: 'first_charged_on::text',
          lastStageChangeOn: 'last_stage_change_on::text',
          stalled: `coalesce(${stalled(bind)}, false)`,
          referralDecisionSince: 'referral_decision_since::text',
          chargeDecisionSince: 'charge_decision_since::text',
          verdictSince: 'verdict_since::text',
          nextDeadlineOn: `(${nextDeadlineSql(this.deadlines, bind)})::text`,
          itemCount: 'item_count',
          valueKnown: 'value_known',
          valueTotalUsd: 'value_total_usd::float8',
          defendantCount: 'defendant_count',
          chargedCount: 'charged_count',
          outcomeCount: 'outcome_count',
          convictedCount: 'convicted_count',
          sentencedCount: 'sentenced_count',
          disposalCount: 'disposal_count',
          missedDeadlineCount: 'missed_deadline_count',
          streamVersion: 'stream_version::int',
          lastPosition: 'last_position::float8',
          sharedWithMe: viewer ? 'shared_with_me' : 'false',
        },
        filters: {
          id: anyOf('case_id'),
          country: anyOf('country'),
          agreement: overlaps('agreements'),
          stage: anyOf('stage'),
          outcome: anyOf('outcome'),
          port: anyOf('port'),
          hsChapter: overlaps('hs_chapters'),
          seizedFrom: onOrAfter('seized_on'),
          seizedTo: onOrBefore('seized_on'),
          stalled: stalledFilter,
          awaiting: awaitedSteps,
          awaitingSentence: isTrue('convicted_count > sentenced_count'),
          deadlineBy,
          q: containsText('reference', 'port', 'agency'),
        },
        sortKeys: {
          seizedOn: 'seized_on',
          referredOn: 'referred_on',
          firstChargedOn: 'first_charged_on',
          lastStageChangeOn: 'last_stage_change_on',
          referralDecisionSince: 'referral_decision_since',
          chargeDecisionSince: 'charge_decision_since',
          verdictSince: 'verdict_since',
        },
        defaultSort: ['seizedOn', 'DESC'],
        tieBreaker: 'case_id',
      }),
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }

  async getOne(caseId: string, viewer?: CaseSummaryViewer): Promise<CaseSummary | undefined> {
    const { rows } = await this.list({ filter: { id: caseId }, range: [0, 0] }, viewer);
    return rows[0];
  }
}
