import { type EvidenceDetail } from '@greenchain/contracts';
import { type Personal } from '../common/personal-text';

export interface Holder {
  readonly holderId: string;
  readonly agency: string;
  readonly country: string;
}

/** The folded exhibit as GET /api/evidence/:id shows it (the API documents it loosely). */
interface EvidenceState {
  readonly registration?: {
    readonly kind: string;
    readonly description: Personal<string>;
    readonly place: string;
    readonly holder: Holder;
  };
  readonly holder?: Holder;
  readonly seal?: { readonly number: string; readonly intact: boolean };
  readonly transfers: Readonly<
    Record<string, { to: Holder; place: string; condition: Personal<string>; fromHolderId: string }>
  >;
}

/** GET /api/evidence/:id: an exhibit with its custody chain and every fact. */
export type EvidenceRecord = EvidenceDetail<EvidenceState>;

export interface EvidenceTarget {
  readonly resource: 'evidence';
  readonly record: EvidenceRecord;
}

export function currentHolderId(record: EvidenceRecord): string {
  return record.state.holder?.holderId ?? '';
}
