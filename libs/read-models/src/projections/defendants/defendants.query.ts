import type { SqlExecutor } from '@greenchain/event-store';
import {
  anyOf,
  isTrue,
  listRows,
  overlaps,
  type ListParams,
  type ListResult,
} from '../../shared/list-query';
import { defendantsTable } from './defendants.tables';

export interface DefendantFilter {
  readonly caseId?: string | readonly string[];
  readonly country?: string | readonly string[];
  readonly status?: string | readonly string[];
  readonly stage?: string | readonly string[];
  readonly role?: string | readonly string[];
  readonly kind?: string | readonly string[];
  readonly iccsClass?: string | readonly string[];
  readonly custodial?: boolean;
}

export interface Defendant {
  /** `<caseId>:<partyId>`, unique for react-admin. */
  readonly id: string;
  readonly caseId: string;
  readonly partyId: string;
  readonly country: string;
  readonly kind: string;
  readonly role: string;
  readonly status: string;
  readonly stage: string;
  readonly chargedOn: string | null;
  readonly iccsClasses: string[];
  readonly declinedReason: string | null;
  readonly declinedOn: string | null;
  readonly withdrawnReason: string | null;
  readonly withdrawnOn: string | null;
  readonly plea: string | null;
  readonly verdict: string | null;
  readonly verdictOn: string | null;
  readonly verdictOnAppeal: boolean;
  readonly appealPending: boolean;
  readonly sentencedOn: string | null;
  readonly fineAmount: number | null;
  readonly fineCurrency: string | null;
  readonly imprisonmentMonths: number | null;
  readonly imprisonmentSuspended: boolean | null;
  readonly custodial: boolean;
  readonly statutoryMaxFineAmount: number | null;
  readonly statutoryMaxFineCurrency: string | null;
  readonly statutoryMaxMonths: number | null;
}

/** Defendants with their outcomes (ids and roles only, no personal field). */
export class DefendantsQuery {
  constructor(private readonly executor: SqlExecutor) {}

  list(params: ListParams<DefendantFilter> = {}): Promise<ListResult<Defendant>> {
    return listRows<Defendant>(
      this.executor,
      {
        from: defendantsTable.name,
        fields: {
          id: `case_id || ':' || party_id`,
          caseId: 'case_id',
          partyId: 'party_id',
          country: 'country',
          kind: 'kind',
          role: 'role',
          status: 'status',
          stage: 'stage',
          chargedOn: 'charged_on::text',
          iccsClasses: 'iccs_classes',
          declinedReason: 'declined_reason',
          declinedOn: 'declined_on::text',
          withdrawnReason: 'withdrawn_reason',
          withdrawnOn: 'withdrawn_on::text',
          plea: 'plea',
          verdict: 'verdict',
          verdictOn: 'verdict_on::text',
          verdictOnAppeal: 'verdict_on_appeal',
          appealPending: 'appeal_pending',
          sentencedOn: 'sentenced_on::text',
          fineAmount: 'fine_amount::float8',
          fineCurrency: 'fine_currency',
          imprisonmentMonths: 'imprisonment_months',
          imprisonmentSuspended: 'imprisonment_suspended',
          custodial: 'custodial',
          statutoryMaxFineAmount: 'statutory_max_fine_amount::float8',
          statutoryMaxFineCurrency: 'statutory_max_fine_currency',
          statutoryMaxMonths: 'statutory_max_months',
        },
        filters: {
          caseId: anyOf('case_id'),
          country: anyOf('country'),
          status: anyOf('status'),
          stage: anyOf('stage'),
          role: anyOf('role'),
          kind: anyOf('kind'),
          iccsClass: overlaps('iccs_classes'),
          custodial: isTrue('custodial'),
        },
        defaultSort: ['caseId', 'ASC'],
        tieBreaker: 'case_id, party_id',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }
}
