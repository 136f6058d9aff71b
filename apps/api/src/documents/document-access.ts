import { subject } from '@casl/ability';
import { type DocumentTarget, type SessionUser, type ShareableField } from '@greenchain/contracts';
import { documentDetailsOf, type CaseState, type DocumentRecord } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import { caseScope } from '../authorization/record-scope';
import { sharedFields } from '../cases/shared-case-view';

/** What one reader may see of a case's files. */
export interface DocumentView {
  /** May read files that may hold personal data, and their names. */
  readonly personal: boolean;
  /** Location metadata is removed from the photographs they download. */
  readonly stripLocation: boolean;
  readonly visible: (record: DocumentRecord) => boolean;
}

/** The part of the case a file belongs to, as a share names it. */
function partOfTarget(target: DocumentTarget): ShareableField | undefined {
  if (target.kind === 'case') return undefined;
  if (target.kind === 'exhibit') return 'evidence';
  if (target.step === 'referral' || target.step === 'charges') return 'prosecution';
  if (target.step === 'disposal') return 'disposal';
  return 'court';
}

/**
 * Files follow the case: its own country sees them all, with the photographs' location; a country
 * it is shared with sees them only if the share includes documents, then those of the parts it
 * shares, personal ones only with the parties too, never the location; analysts see only files
 * marked as holding no personal data, without the location. Throws 404/403 for a reader who may
 * not read the case at all (administrators read no case content).
 */
export function documentViewFor(user: SessionUser, state: CaseState): DocumentView {
  const ability = abilityFor(user);
  const scope = state.status === 'absent' ? undefined : caseScope(state);
  assertCan(ability, 'read', 'Case', scope, 'caseId');
  const personal =
    scope !== undefined && ability.can('readPersonal', subject('Case', { ...scope }));
  const ownCountry = user.role !== 'analyst' && scope?.country === user.country;
  const fields =
    ownCountry || user.role === 'analyst' ? undefined : sharedFields(state, user.country ?? '');
  return {
    personal,
    stripLocation: !ownCountry,
    visible: (record) => {
      const { attachedTo, personalData } = documentDetailsOf(record);
      if (personalData === 'may-hold' && !personal) return false;
      if (fields === undefined) return true;
      const part = partOfTarget(attachedTo);
      return fields.has('documents') && (part === undefined || fields.has(part));
    },
  };
}

/**
 * A case as shown to a reader, without the files they may not see: neither in its state nor as
 * DocumentAttached or DocumentCorrected entries of its timeline.
 */
export function withVisibleDocuments<Event extends { type: string; data: unknown }>(
  shown: { state: Partial<CaseState>; events: readonly Event[] },
  full: CaseState,
  view: DocumentView,
): { state: Partial<CaseState>; events: readonly Event[] } {
  const hidden = new Set(
    Object.values(full.documents)
      .filter((record) => !view.visible(record))
      .map(({ attached }) => attached.documentId),
  );
  if (hidden.size === 0) return shown;
  const documents = Object.fromEntries(
    Object.entries(shown.state.documents ?? {}).filter(([id]) => !hidden.has(id)),
  );
  const events = shown.events.filter((event) => {
    const documentId = (event.data as { documentId?: unknown }).documentId;
    const isDocumentFact = event.type === 'DocumentAttached' || event.type === 'DocumentCorrected';
    return !(isDocumentFact && typeof documentId === 'string' && hidden.has(documentId));
  });
  return { state: { ...shown.state, documents }, events };
}
