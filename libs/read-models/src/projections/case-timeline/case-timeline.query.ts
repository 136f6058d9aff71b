import type { SqlExecutor } from '@greenchain/event-store';
import { anyOf, listRows, type ListParams, type ListResult } from '../../shared/list-query';
import { caseTimelineTable } from './case-timeline.tables';

export interface CaseTimelineFilter {
  readonly caseId?: string | readonly string[];
  readonly eventType?: string | readonly string[];
  readonly actorRole?: string | readonly string[];
}

export interface CaseTimelineEntry {
  /** The event's global position. */
  readonly id: number;
  readonly caseId: string;
  readonly streamId: string;
  readonly streamPosition: number;
  readonly eventId: string;
  readonly eventType: string;
  readonly actorUserId: string | null;
  readonly actorRole: string | null;
  readonly actorAgency: string | null;
  readonly actorCountry: string | null;
  readonly partyId: string | null;
  readonly itemId: string | null;
  readonly occurredAt: string;
  readonly recordedAt: Date;
}

/** A case's history (case and evidence events) in commit order. */
export class CaseTimelineQuery {
  constructor(private readonly executor: SqlExecutor) {}

  list(params: ListParams<CaseTimelineFilter> = {}): Promise<ListResult<CaseTimelineEntry>> {
    return listRows<CaseTimelineEntry>(
      this.executor,
      {
        from: caseTimelineTable.name,
        fields: {
          id: 'global_position::float8',
          caseId: 'case_id',
          streamId: 'stream_id',
          streamPosition: 'stream_position::int',
          eventId: 'event_id',
          eventType: 'event_type',
          actorUserId: 'actor_user_id',
          actorRole: 'actor_role',
          actorAgency: 'actor_agency',
          actorCountry: 'actor_country',
          partyId: 'party_id',
          itemId: 'item_id',
          occurredAt: 'occurred_at',
          recordedAt: 'recorded_at',
        },
        filters: {
          caseId: anyOf('case_id'),
          eventType: anyOf('event_type'),
          actorRole: anyOf('actor_role'),
        },
        defaultSort: ['id', 'ASC'],
        tieBreaker: 'global_position',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }
}
