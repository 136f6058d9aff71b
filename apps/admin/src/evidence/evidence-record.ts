import { type Personal } from '../common/personal-text';
import { type VersionedRecord } from '../common/timeline-entry';

export interface Holder {
  readonly holderId: string;
  readonly agency: string;
  readonly country: string;
}

/** GET /api/evidence/:id: an exhibit with its custody chain and every fact. */
export interface EvidenceRecord extends VersionedRecord {
  readonly status: 'held' | 'released' | 'destroyed';
  readonly caseId: string;
  readonly custody: readonly { readonly holderId: string; readonly since: string }[];
  readonly state: {
    readonly registration?: {
      readonly kind: string;
      readonly description: Personal<string>;
      readonly place: string;
      readonly holder: Holder;
    };
    readonly holder?: Holder;
    readonly seal?: { readonly number: string; readonly intact: boolean };
    readonly transfers: Readonly<
      Record<
        string,
        { to: Holder; place: string; condition: Personal<string>; fromHolderId: string }
      >
    >;
  };
}

export interface EvidenceTarget {
  readonly resource: 'evidence';
  readonly record: EvidenceRecord;
}

export function currentHolderId(record: EvidenceRecord): string {
  return record.state.holder?.holderId ?? '';
}
