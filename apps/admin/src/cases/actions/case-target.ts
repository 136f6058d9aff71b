import { type CaseRecord } from '../case-record';

export interface CaseTarget {
  readonly resource: 'cases';
  readonly record: CaseRecord;
}
