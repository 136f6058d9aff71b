import type { SqlExecutor } from '@greenchain/event-store';
import {
  anyOf,
  listRows,
  onOrAfter,
  onOrBefore,
  type ListParams,
  type ListResult,
} from '../../shared/list-query';
import { stageTransitionsTable } from './stage-transitions.tables';

export interface StageTransitionFilter {
  readonly caseId?: string | readonly string[];
  readonly country?: string | readonly string[];
  readonly toStage?: string | readonly string[];
  readonly fromStage?: string | readonly string[];
  /** Business dates (YYYY-MM-DD), inclusive. */
  readonly occurredFrom?: string;
  readonly occurredTo?: string;
}

export interface StageTransition {
  /** `<caseId>:<globalPosition>`, unique for react-admin. */
  readonly id: string;
  readonly caseId: string;
  readonly globalPosition: number;
  readonly country: string;
  readonly fromStage: string | null;
  readonly toStage: string;
  readonly eventType: string;
  readonly occurredAt: string;
  readonly recordedAt: Date;
}

/** Stage changes with both times, the input of time-in-stage and Kaplan–Meier curves. */
export class StageTransitionsQuery {
  constructor(private readonly executor: SqlExecutor) {}

  list(params: ListParams<StageTransitionFilter> = {}): Promise<ListResult<StageTransition>> {
    return listRows<StageTransition>(
      this.executor,
      {
        from: stageTransitionsTable.name,
        fields: {
          id: `case_id || ':' || global_position`,
          caseId: 'case_id',
          globalPosition: 'global_position::float8',
          country: 'country',
          fromStage: 'from_stage',
          toStage: 'to_stage',
          eventType: 'event_type',
          occurredAt: 'occurred_at',
          recordedAt: 'recorded_at',
        },
        filters: {
          caseId: anyOf('case_id'),
          country: anyOf('country'),
          toStage: anyOf('to_stage'),
          fromStage: anyOf('from_stage'),
          occurredFrom: onOrAfter('left(occurred_at, 10)', 'text'),
          occurredTo: onOrBefore('left(occurred_at, 10)', 'text'),
        },
        defaultSort: ['globalPosition', 'ASC'],
        tieBreaker: 'case_id, global_position',
      },
      params as ListParams<Readonly<Record<string, unknown>>>,
    );
  }
}
