import type { CaseState, DefendantRecord } from '@greenchain/domain';
import { dateOf } from '../../shared/case-events';

/** When a case left a stage other than by the next step: time in stage censors it there. */
export interface StageExits {
  readonly settled_on: string | null;
  /** Every defendant declined before any charge (or the whole case, offender unknown). */
  readonly declined_all_on: string | null;
  /** Every charged defendant's charges withdrawn before any verdict. */
  readonly withdrawn_all_on: string | null;
}

const latest = (days: readonly (string | undefined)[]) =>
  days.reduce<string | null>((last, day) => {
    const date = dateOf(day);
    return date !== null && (last === null || date > last) ? date : last;
  }, null);

function allDeclinedOn(state: CaseState, defendants: readonly DefendantRecord[]): string | null {
  if (defendants.some((defendant) => defendant.chargedAt !== undefined)) return null;
  if (defendants.length > 0 && defendants.every((defendant) => defendant.declined)) {
    return latest(defendants.map((defendant) => defendant.declined?.occurredAt));
  }
  return dateOf(state.declinedAll?.occurredAt);
}

function allWithdrawnOn(defendants: readonly DefendantRecord[]): string | null {
  const charged = defendants.filter((defendant) => defendant.chargedAt !== undefined);
  if (charged.length === 0 || charged.some((d) => d.verdict !== undefined || !d.withdrawn)) {
    return null;
  }
  return latest(charged.map((defendant) => defendant.withdrawn?.occurredAt));
}

export function stageExits(state: CaseState): StageExits {
  const defendants = Object.values(state.parties).map((party) => party.defendant);
  return {
    settled_on: dateOf(state.settlement?.occurredAt),
    declined_all_on: allDeclinedOn(state, defendants),
    withdrawn_all_on: allWithdrawnOn(defendants),
  };
}
