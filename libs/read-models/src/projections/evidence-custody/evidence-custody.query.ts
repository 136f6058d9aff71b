import type { SqlExecutor } from '@greenchain/event-store';
import { anyOf, listRows, type ListParams, type ListResult } from '../../shared/list-query';
import { custodyEventsTable, evidenceTable } from './evidence-custody.tables';

export interface EvidenceFilter {
  readonly id?: string | readonly string[];
  readonly caseId?: string | readonly string[];
  readonly status?: string | readonly string[];
  readonly holderId?: string | readonly string[];
  readonly holderCountry?: string | readonly string[];
}

export interface EvidenceCustody {
  readonly id: string;
  readonly caseId: string;
  readonly itemId: string | null;
  readonly kind: string;
  readonly status: string;
  readonly holderId: string | null;
  readonly holderAgency: string | null;
  readonly holderCountry: string | null;
  readonly sealNumber: string | null;
  readonly sealIntact: boolean | null;
  readonly transferCount: number;
  readonly examinationCount: number;
  readonly registeredAt: string | null;
  readonly lastChangedAt: string | null;
}

export interface CustodyEventFilter {
  readonly evidenceId?: string | readonly string[];
  readonly eventType?: string | readonly string[];
}

export interface CustodyEvent {
  /** `<evidenceId>:<streamPosition>`. */
  readonly id: string;
  readonly evidenceId: string;
  readonly streamPosition: number;
  readonly eventType: string;
  readonly fromHolderId: string | null;
  readonly toHolderId: string | null;
  readonly toAgency: string | null;
  readonly place: string | null;
  readonly sealNumber: string | null;
  readonly actorUserId: string | null;
  readonly occurredAt: string;
  readonly recordedAt: Date;
}

/** Exhibits with their current holder, and each exhibit's chain of custody. */
export class EvidenceCustodyQuery {
  constructor(private readonly executor: SqlExecutor) {}

  list(params: ListParams<EvidenceFilter> = {}): Promise<ListResult<EvidenceCustody>> {
    return listRows<EvidenceCustody>(
      this.executor,
      {
        from: evidenceTable.name,
        fields: {
          id: 'evidence_id',
          caseId: 'case_id',
          itemId: 'item_id',
          kind: 'kind',
          status: 'status',
          holderId: 'holder_id',
          holderAgency: 'holder_agency',
          holderCountry: 'holder_country',
          sealNumber: 'seal_number',
          sealIntact: 'seal_intact',
          transferCount: 'transfer_count',
          examinationCount: 'examination_count',
          registeredAt: 'registered_at',
          lastChangedAt: 'last_changed_at',
        },
        filters: {
          id: anyOf('evidence_id'),
          caseId: anyOf('case_id'),
          status: anyOf('status'),
          holderId: anyOf('holder_id'),
          holderCountry: anyOf('holder_country'),
        },
        defaultSort: ['registeredAt', 'ASC'],
        tieBreaker: 'evidence_id',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }

  chain(params: ListParams<CustodyEventFilter> = {}): Promise<ListResult<CustodyEvent>> {
    return listRows<CustodyEvent>(
      this.executor,
      {
        from: custodyEventsTable.name,
        fields: {
          id: `evidence_id || ':' || stream_position`,
          evidenceId: 'evidence_id',
          streamPosition: 'stream_position::int',
          eventType: 'event_type',
          fromHolderId: 'from_holder_id',
          toHolderId: 'to_holder_id',
          toAgency: 'to_agency',
          place: 'place',
          sealNumber: 'seal_number',
          actorUserId: 'actor_user_id',
          occurredAt: 'occurred_at',
          recordedAt: 'recorded_at',
        },
        filters: { evidenceId: anyOf('evidence_id'), eventType: anyOf('event_type') },
        defaultSort: ['streamPosition', 'ASC'],
        tieBreaker: 'evidence_id, stream_position',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }
}
