import { type CaseRecord, partyName } from '../case-record';

/** Choices of fixed codes, each named by its translation key: `prefix` (ending in a dot) and code. */
export function labelledChoices(prefix: string, ids: readonly string[]) {
  return ids.map((id) => ({ id, name: `${prefix}${id}` }));
}

/** Pick-list choices from the case itself: its defendants, items, hearings, appeals, shares. */
export function partyChoices(record: CaseRecord) {
  return Object.values(record.state.parties).map(({ details }) => ({
    id: details.partyId,
    name: partyName(details) ?? details.role,
  }));
}

export function itemChoices(record: CaseRecord) {
  return Object.values(record.state.items)
    .filter((item) => !item.removed)
    .map(({ details }) => ({ id: details.itemId, name: details.descriptionEstablished }));
}

export function hearingChoices(record: CaseRecord) {
  return Object.entries(record.state.hearings)
    .filter(([, hearing]) => !hearing.adjourned)
    .map(([id, hearing]) => ({ id, name: hearing.scheduled.court }));
}

export function appealChoices(record: CaseRecord) {
  const parties = new Map(partyChoices(record).map((party) => [party.id, party.name]));
  return Object.entries(record.state.appeals)
    .filter(([, appeal]) => !appeal.decided)
    .map(([id, appeal]) => ({ id, name: parties.get(appeal.filed.partyId) ?? id }));
}

export function shareChoices(record: CaseRecord) {
  return Object.values(record.state.shares)
    .filter((share) => !share.revoked)
    .map(({ shared }) => ({ id: shared.shareId, name: `${shared.country} · ${shared.agency}` }));
}
